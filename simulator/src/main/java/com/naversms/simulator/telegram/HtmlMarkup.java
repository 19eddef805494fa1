package com.naversms.simulator.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Telegram's HTML parse mode: a closed set of tags, properly nested and closed. */
final class HtmlMarkup {
  private static final Set<String> TAGS =
      Set.of(
          "b",
          "strong",
          "i",
          "em",
          "u",
          "ins",
          "s",
          "strike",
          "del",
          "span",
          "tg-spoiler",
          "a",
          "tg-emoji",
          "code",
          "pre",
          "blockquote");
  private static final Map<String, String> ENTITIES =
      Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");

  private record Open(String name, int index) {}

  private HtmlMarkup() {}

  static EntityParse parse(String text) {
    StringBuilder plain = new StringBuilder();
    Deque<Open> open = new ArrayDeque<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '&') {
        int semi = text.indexOf(';', i);
        String name = semi > i ? text.substring(i + 1, semi) : "";
        if (ENTITIES.containsKey(name)) {
          plain.append(ENTITIES.get(name));
          i = semi + 1;
          continue;
        }
        plain.append(c); // Telegram keeps a lone '&' as text
        i++;
        continue;
      }
      if (c != '<') {
        plain.append(c);
        i++;
        continue;
      }
      int gt = text.indexOf('>', i);
      int offset = EntityParse.byteOffset(text, i);
      if (gt < 0) {
        return new EntityParse.Broken("Unclosed start tag at byte offset " + offset);
      }
      String tag = text.substring(i + 1, gt).trim();
      if (tag.startsWith("/")) {
        String name = tag.substring(1).trim().toLowerCase(Locale.ROOT);
        if (open.isEmpty()) {
          return new EntityParse.Broken("Unexpected end tag at byte offset " + offset);
        }
        if (!open.peek().name().equals(name)) {
          return new EntityParse.Broken(
              "Unmatched end tag at byte offset "
                  + offset
                  + ", expected \"</"
                  + open.peek().name()
                  + ">\", found \"</"
                  + name
                  + ">\"");
        }
        open.pop();
      } else {
        String name = tag.split("[\\s/]", 2)[0].toLowerCase(Locale.ROOT);
        if (!TAGS.contains(name)) {
          return new EntityParse.Broken(
              "Unsupported start tag \"" + name + "\" at byte offset " + offset);
        }
        open.push(new Open(name, i));
      }
      i = gt + 1;
    }
    if (!open.isEmpty()) {
      return new EntityParse.Broken(
          "Can't find end tag corresponding to start tag \"" + open.peek().name() + "\"");
    }
    return new EntityParse.Parsed(plain.toString());
  }
}
