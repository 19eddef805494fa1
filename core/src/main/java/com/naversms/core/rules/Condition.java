package com.naversms.core.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The closed vocabulary of rule conditions. The YAML {@code type} of each is given in its doc.
 * Evaluation lives in an exhaustive switch that returns a reason, not only a boolean.
 */
public sealed interface Condition {

  /** {@code all}: every child holds (the legacy flat list means this). */
  record All(List<Condition> conditions) implements Condition {
    public All {
      conditions = List.copyOf(conditions);
    }
  }

  /** {@code any}: at least one child holds. */
  record Any(List<Condition> conditions) implements Condition {
    public Any {
      conditions = List.copyOf(conditions);
    }
  }

  /** {@code not}. */
  record Not(Condition condition) implements Condition {}

  /** {@code booking_not_in_db}: no stored record at the start of the cycle. */
  record BookingNotInDb() implements Condition {}

  /** {@code booking_in_db}. */
  record BookingInDb() implements Condition {}

  /** {@code time_before_booking}: {@code start − hours ≤ now < start}. */
  record TimeBeforeBooking(int hours) implements Condition {}

  /** {@code flag_not_set}: no record, or the flag missing or false. */
  record FlagNotSet(String flag) implements Condition {}

  /** {@code flag_set}: a record exists and the flag is true. */
  record FlagSet(String flag) implements Condition {}

  /** {@code current_hour}: the Korean hour of now. */
  record CurrentHour(int hour) implements Condition {}

  /** {@code booking_status}: the raw Naver code, e.g. RC03. */
  record BookingStatus(String status) implements Condition {}

  /** {@code booking_status_any}. */
  record BookingStatusAny(List<String> statuses) implements Condition {
    public BookingStatusAny {
      statuses = List.copyOf(statuses);
    }
  }

  /** {@code date_is_today}: the slot's Korean date is today's Korean date. */
  record DateIsToday() implements Condition {}

  /**
   * {@code has_option_keyword}: some option name contains some keyword. Empty {@code keywords}
   * means the configured option keywords.
   */
  record HasOptionKeyword(List<String> keywords) implements Condition {
    public HasOptionKeyword {
      keywords = List.copyOf(keywords);
    }
  }

  /** {@code has_multiple_options}: an option matching a keyword with count ≥ minCount. */
  record HasMultipleOptions(List<String> keywords, int minCount) implements Condition {
    public HasMultipleOptions {
      keywords = List.copyOf(keywords);
    }
  }

  /** {@code date_range}: the slot's Korean date within [start, end], inclusive. */
  record DateRange(LocalDate start, LocalDate end) implements Condition {}

  /** {@code has_pro_edit_option}: an option named "전문가 보정". */
  record HasProEditOption() implements Condition {}

  /** {@code store_id_matches}. */
  record StoreIdMatches(List<String> storeIds) implements Condition {
    public StoreIdMatches {
      storeIds = List.copyOf(storeIds);
    }
  }
}
