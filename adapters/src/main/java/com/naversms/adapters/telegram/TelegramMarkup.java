package com.naversms.adapters.telegram;

/**
 * Escaping for values put into a Telegram text with a parse mode (customer names, store names), so
 * that they show as written instead of breaking the markup.
 */
public final class TelegramMarkup {
  private static final String MARKDOWN_V2_SPECIALS = "_*[]()~`>#+-=|{}.!\\";

  private TelegramMarkup() {}

  public static String escape(ParseMode mode, String value) {
    return switch (mode) {
      case NONE -> value;
      case HTML -> escapeHtml(value);
      case MARKDOWN_V2 -> escapeMarkdownV2(value);
      case MARKDOWN -> value.replaceAll("([_*`\\[])", "\\\\$1");
    };
  }

  /** {@code < > &} as entities (Telegram's HTML mode knows only these and {@code &quot;}). */
  public static String escapeHtml(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A backslash before each of {@code _*[]()~`>#+-=|{}.!} and the backslash itself. */
  public static String escapeMarkdownV2(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (char c : value.toCharArray()) {
      if (MARKDOWN_V2_SPECIALS.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
