package com.naversms.core.template;

/**
 * Where a rendered text goes. Every value a template prints (booking fields, option names, store
 * names, parameters) is written through {@link #value} of its template's destination, so that what
 * a customer typed shows as typed and never acts as markup of the channel it lands in
 * (docs/configuration.md, "Values in templates"); only an explicit {@code | raw} skips it.
 */
public enum Destination {
  /** SMS/LMS to the customer: plain text, nothing to escape; a value stays on one line. */
  SMS,
  /**
   * Telegram, sent as plain text (no {@code parse_mode}, the Telegram adapter's production
   * setting), so no character is markup; a value stays on one line.
   */
  TELEGRAM,
  /**
   * Slack mrkdwn: {@code & < >} become entities, so a value can neither mention ({@code
   * <!channel>}, {@code <@U123>}) nor link ({@code <https://…|text>}); a value stays on one line.
   */
  SLACK;

  /** A value printed into a template's text: on one line ({@link OneLine}) and inert here. */
  public String value(String value) {
    return text(OneLine.of(value));
  }

  /** Plain text the service wrote (lines allowed) made inert here: it shows as written. */
  public String text(String plain) {
    return switch (this) {
      case SMS, TELEGRAM -> plain;
      case SLACK -> plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    };
  }
}
