package com.naversms.simulator.telegram;

/** What parsing a message's markup gives: the plain text, or why it does not parse. */
sealed interface EntityParse {
  record Parsed(String plainText) implements EntityParse {}

  /**
   * @param reason the text after "Bad Request: can't parse entities: "
   */
  record Broken(String reason) implements EntityParse {}

  static EntityParse of(String text, String parseMode) {
    if (parseMode == null || parseMode.isEmpty()) {
      return new Parsed(text);
    }
    return switch (parseMode) {
      case "Markdown" -> LegacyMarkdown.parse(text);
      case "MarkdownV2" -> MarkdownV2.parse(text);
      case "HTML" -> HtmlMarkup.parse(text);
      default -> new Broken("unsupported parse_mode " + parseMode);
    };
  }

  static int byteOffset(String text, int index) {
    return text.substring(0, index).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }
}
