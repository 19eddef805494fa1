package com.naversms.simulator.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/** Telegram's MarkdownV2: every reserved character outside an entity must be escaped with '\'. */
final class MarkdownV2 {
  private static final String RESERVED = "_*[]()~`>#+-=|{}.!";
  private static final Map<String, String> NAMES =
      Map.of(
          "*",
          "Bold",
          "_",
          "Italic",
          "__",
          "Underline",
          "~",
          "Strikethrough",
          "||",
          "Spoiler",
          "[",
          "TextUrl");

  private record Open(String marker, int index) {}

  private MarkdownV2() {}

  static EntityParse parse(String text) {
    StringBuilder plain = new StringBuilder();
    Deque<Open> open = new ArrayDeque<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        if (i + 1 >= text.length()) {
          return reserved(text, i);
        }
        plain.append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '`') {
        String fence = text.startsWith("```", i) ? "```" : "`";
        int end = findUnescaped(text, fence, i + fence.length());
        if (end < 0) {
          return new EntityParse.Broken(
              "Can't find end of "
                  + (fence.length() == 3 ? "PreCode" : "Code")
                  + " entity at byte offset "
                  + EntityParse.byteOffset(text, i));
        }
        plain.append(text, i + fence.length(), end);
        i = end + fence.length();
        continue;
      }
      String marker =
          text.startsWith("__", i)
              ? "__"
              : text.startsWith("||", i) ? "||" : "*_~".indexOf(c) >= 0 ? String.valueOf(c) : null;
      if (marker != null) {
        if (!open.isEmpty() && open.peek().marker().equals(marker)) {
          open.pop();
        } else {
          open.push(new Open(marker, i));
        }
        i += marker.length();
        continue;
      }
      if (c == '[') {
        open.push(new Open("[", i));
        i++;
        continue;
      }
      if (c == ']' && !open.isEmpty() && open.peek().marker().equals("[")) {
        open.pop();
        if (i + 1 >= text.length() || text.charAt(i + 1) != '(') {
          return new EntityParse.Broken(
              "Can't find end of a URL at byte offset " + EntityParse.byteOffset(text, i));
        }
        int close = findUnescaped(text, ")", i + 2);
        if (close < 0) {
          return new EntityParse.Broken(
              "Can't find end of a URL at byte offset " + EntityParse.byteOffset(text, i));
        }
        i = close + 1;
        continue;
      }
      if (c == '>' && (i == 0 || text.charAt(i - 1) == '\n')) {
        i++; // block quote marker
        continue;
      }
      if (RESERVED.indexOf(c) >= 0) {
        return reserved(text, i);
      }
      plain.append(c);
      i++;
    }
    if (!open.isEmpty()) {
      Open first = open.peekLast();
      return new EntityParse.Broken(
          "Can't find end of "
              + NAMES.get(first.marker())
              + " entity at byte offset "
              + EntityParse.byteOffset(text, first.index()));
    }
    return new EntityParse.Parsed(plain.toString());
  }

  private static EntityParse reserved(String text, int i) {
    return new EntityParse.Broken(
        "Character '"
            + text.charAt(i)
            + "' is reserved and must be escaped with the preceding '\\'");
  }

  private static int findUnescaped(String text, String target, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.startsWith(target, i)) {
        return i;
      }
    }
    return -1;
  }
}
