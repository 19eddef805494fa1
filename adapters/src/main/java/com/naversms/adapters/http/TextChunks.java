package com.naversms.adapters.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long text into parts of at most {@code limit} characters (UTF-16 units), cutting after a
 * line break when one falls in the window, else after a space, else hard (never inside a surrogate
 * pair). Concatenating the parts gives the text back.
 */
public final class TextChunks {
  private TextChunks() {}

  public static List<String> split(String text, int limit) {
    if (limit < 2) {
      throw new IllegalArgumentException("limit must be at least 2: " + limit);
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    while (text.length() - start > limit) {
      int end = cutPoint(text, start, start + limit);
      parts.add(text.substring(start, end));
      start = end;
    }
    if (start < text.length() || parts.isEmpty()) {
      parts.add(text.substring(start));
    }
    return parts;
  }

  private static int cutPoint(String text, int start, int hardEnd) {
    int newline = text.lastIndexOf('\n', hardEnd - 1);
    if (newline >= start + 1) {
      return newline + 1;
    }
    int space = text.lastIndexOf(' ', hardEnd - 1);
    if (space >= start + 1) {
      return space + 1;
    }
    return Character.isHighSurrogate(text.charAt(hardEnd - 1)) ? hardEnd - 1 : hardEnd;
  }
}
