package com.naversms.simulator.telegram;

/** Telegram's legacy Markdown: *bold*, _italic_, `code`, ```pre```, [text](url); \ escapes. */
final class LegacyMarkdown {
  private LegacyMarkdown() {}

  static EntityParse parse(String text) {
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "_*`[".indexOf(text.charAt(i + 1)) >= 0) {
        plain.append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      String closing =
          switch (c) {
            case '*', '_' -> String.valueOf(c);
            case '`' -> text.startsWith("```", i) ? "```" : "`";
            case '[' -> "]";
            default -> null;
          };
      if (closing == null) {
        plain.append(c);
        i++;
        continue;
      }
      int open = c == '`' ? closing.length() : 1;
      int end = text.indexOf(closing, i + open);
      if (end < 0) {
        return broken(text, i);
      }
      plain.append(text, i + open, end);
      i = end + closing.length();
      if (c == '[' && i < text.length() && text.charAt(i) == '(') {
        int close = text.indexOf(')', i);
        if (close < 0) {
          return broken(text, i);
        }
        i = close + 1;
      }
    }
    return new EntityParse.Parsed(plain.toString());
  }

  private static EntityParse broken(String text, int index) {
    return new EntityParse.Broken(
        "Can't find end of the entity starting at byte offset "
            + EntityParse.byteOffset(text, index));
  }
}
