package com.naversms.core.ledger;

/**
 * The identity of one ledger entry: the booking, the message (its flag, e.g. {@code confirm_sms} or
 * {@code custom_guide_sms}), the slot it was for (the booking's start, Korean time, so a
 * rescheduled booking's message is a new entry), the last four digits of the number it went to and
 * a sequence (1 for the cycle's send; a deliberate resend takes the next). Retries of a failed send
 * stay in the same entry, counted in its attempts.
 *
 * <p>{@link #id()} is the stable text form ({@code 1000001_9300000001/confirm_sms/2026-12-04T14:00
 * /5678/1}) the command line accepts; it holds no full phone number.
 */
public record LedgerKey(
    String bookingNum, String message, String slot, String phoneLast4, int sequence) {

  public static final String NO_SLOT = "-";

  public LedgerKey {
    requireNoSlash(bookingNum, "bookingNum");
    requireNoSlash(message, "message");
    slot = slot == null || slot.isBlank() ? NO_SLOT : slot;
    requireNoSlash(slot, "slot");
    requireNoSlash(phoneLast4, "phoneLast4");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be 1 or more: " + sequence);
    }
  }

  /** The entry for the cycle's send of a message to {@code phone} (any form). */
  public static LedgerKey first(String bookingNum, String message, String slot, String phone) {
    return new LedgerKey(bookingNum, message, slot, last4(phone), 1);
  }

  /** The same message, sent again on purpose: the next sequence. */
  public LedgerKey next() {
    return new LedgerKey(bookingNum, message, slot, phoneLast4, sequence + 1);
  }

  /** Everything after the booking (the DynamoDB sort key {@code entry}). */
  public String entry() {
    return message + "/" + slot + "/" + phoneLast4 + "/" + sequence;
  }

  public String id() {
    return bookingNum + "/" + entry();
  }

  /** Parses {@link #id()}; throws {@link IllegalArgumentException} naming what is wrong. */
  public static LedgerKey parse(String id) {
    String[] parts = id.split("/", -1);
    if (parts.length != 5) {
      throw new IllegalArgumentException(
          "message key '" + id + "' is not BOOKING_NUM/MESSAGE/SLOT/LAST4/SEQUENCE");
    }
    try {
      return new LedgerKey(parts[0], parts[1], parts[2], parts[3], Integer.parseInt(parts[4]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "message key '" + id + "': sequence '" + parts[4] + "' is not a number", e);
    }
  }

  /** The last four digits of a number in any form ({@code 010-0000-5678} → {@code 5678}). */
  public static String last4(String phone) {
    String digits = phone == null ? "" : phone.replaceAll("\\D", "");
    return digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
  }

  private static void requireNoSlash(String value, String name) {
    if (value == null || value.isEmpty() || value.contains("/")) {
      throw new IllegalArgumentException(name + " must be non-empty without '/': " + value);
    }
  }

  @Override
  public String toString() {
    return id();
  }
}
