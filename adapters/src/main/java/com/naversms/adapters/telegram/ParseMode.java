package com.naversms.adapters.telegram;

import java.util.Optional;

/** Telegram's {@code parse_mode}; {@link #NONE} sends plain text. */
public enum ParseMode {
  NONE(null),
  HTML("HTML"),
  MARKDOWN_V2("MarkdownV2"),
  MARKDOWN("Markdown");

  private final String wireName;

  ParseMode(String wireName) {
    this.wireName = wireName;
  }

  public Optional<String> wireName() {
    return Optional.ofNullable(wireName);
  }
}
