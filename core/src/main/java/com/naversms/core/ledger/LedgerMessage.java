package com.naversms.core.ledger;

/**
 * What one entry is about, written when it is opened: the number (digits), the rule and template
 * that planned it, and the message as the customer reads it. The text lives here and nowhere else
 * (never in a log line).
 *
 * @param channel {@code sms} (later {@code alimtalk})
 * @param type {@code SMS} or {@code LMS}
 * @param sender the sending number as configured
 */
public record LedgerMessage(
    String phone,
    String rule,
    String template,
    String channel,
    String type,
    String sender,
    String subject,
    String text) {

  public LedgerMessage {
    phone = phone == null ? "" : phone.replaceAll("\\D", "");
    rule = orEmpty(rule);
    template = orEmpty(template);
    channel = orEmpty(channel);
    type = orEmpty(type);
    sender = orEmpty(sender);
    subject = orEmpty(subject);
    text = orEmpty(text);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** Masked, so an entry printed or logged by accident never shows the number or the text. */
  @Override
  public String toString() {
    return "LedgerMessage[phone=…"
        + LedgerKey.last4(phone)
        + ", rule="
        + rule
        + ", template="
        + template
        + ", type="
        + type
        + ", text="
        + text.length()
        + " chars]";
  }
}
