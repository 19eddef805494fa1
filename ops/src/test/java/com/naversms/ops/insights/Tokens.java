package com.naversms.ops.insights;

import java.util.ArrayList;
import java.util.List;

/** Splits a query into commands and commands into tokens (strings and /regex/ kept whole). */
final class Tokens {
  private Tokens() {}

  static List<String> splitPipes(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'' || (c == '/' && afterLike(current))) {
        quote = c;
      } else if (c == '|') {
        parts.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    parts.add(current.toString());
    return parts;
  }

  private static boolean afterLike(CharSequence before) {
    String s = before.toString().stripTrailing();
    return s.toLowerCase(java.util.Locale.ROOT).endsWith("like");
  }

  static List<String> lex(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"'
          || c == '\''
          || (c == '/' && !out.isEmpty() && last(out).equalsIgnoreCase("like"))) {
        int end = text.indexOf(c, i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated " + c + " in: " + text);
        }
        out.add(text.substring(i, end + 1));
        i = end + 1;
      } else if ("(),[]*".indexOf(c) >= 0) {
        out.add(String.valueOf(c));
        i++;
      } else if ("=!<>".indexOf(c) >= 0) {
        boolean two = i + 1 < text.length() && text.charAt(i + 1) == '=';
        out.add(text.substring(i, i + (two ? 2 : 1)));
        i += two ? 2 : 1;
      } else {
        int start = i;
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && "(),[]*=!<>\"'".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        out.add(text.substring(start, i));
      }
    }
    return out;
  }

  private static String last(List<String> list) {
    return list.get(list.size() - 1);
  }
}
