package com.naversms.core.state;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * One item of the legacy {@code sms} table (docs/design.md 5). Missing legacy flags read as false.
 * {@code extra} holds every other attribute as read (new attributes we add, such as claims and
 * attempt counts, and the refactor's {@code biz_id}, {@code option_keywords}, ...), so a write
 * never drops what another system stored.
 *
 * @param bookingTime Korean wall clock, {@code booking_time} "YYYY-MM-DD HH:MM:SS"
 * @param optionTime legacy {@code option_time}, always "" in practice
 */
public record StoredRecord(
    RecordKey key,
    String name,
    LocalDateTime bookingTime,
    boolean confirmSms,
    boolean remindSms,
    boolean optionSms,
    String optionTime,
    Map<String, Object> extra) {

  /** How {@code booking_time} is written: the legacy "YYYY-MM-DD HH:MM:SS". */
  public static final DateTimeFormatter BOOKING_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  public StoredRecord {
    optionTime = optionTime == null ? "" : optionTime;
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  /** Value of a flag by attribute name; a custom flag is true only when stored as boolean true. */
  public boolean flag(String flagName) {
    return switch (flagName) {
      case Flags.CONFIRM -> confirmSms;
      case Flags.REMIND -> remindSms;
      case Flags.OPTION -> optionSms;
      default -> Boolean.TRUE.equals(extra.get(flagName));
    };
  }

  /**
   * A stored {@code booking_time}: the legacy format, or ISO-8601 as a hand-edited item may hold;
   * null when neither (both state stores then keep the text as read).
   */
  public static LocalDateTime parseBookingTime(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text, BOOKING_TIME);
    } catch (DateTimeParseException notLegacy) {
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeParseException notIso) {
        return null;
      }
    }
  }
}
