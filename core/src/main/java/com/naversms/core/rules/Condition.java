package com.naversms.core.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

  /**
   * {@code time_before_booking}: {@code start − before ≤ now < start − notWithin}. {@code before}
   * is {@code hours} or {@code minutes}; {@code notWithin}, the optional lower bound ({@code
   * min_hours} or {@code min_minutes}), is zero without one.
   */
  record TimeBeforeBooking(Duration before, Duration notWithin) implements Condition {
    public TimeBeforeBooking {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(notWithin, "notWithin");
    }

    /** The legacy form, {@code hours} alone: {@code start − hours ≤ now < start}. */
    public TimeBeforeBooking(int hours) {
      this(Duration.ofHours(hours), Duration.ZERO);
    }
  }

  /**
   * {@code time_after_booking_end}: {@code end + after ≤ now < end + within}, on the slot's end;
   * never holds for a booking without an end. {@code within} ({@code within_hours}, default 24)
   * keeps a booking that ended long ago from getting an after-visit message.
   */
  record TimeAfterBookingEnd(Duration after, Duration within) implements Condition {
    public TimeAfterBookingEnd {
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(within, "within");
    }
  }

  /** {@code biz_item}: the booked product's name ({@code bizItemName}) contains one of them. */
  record BizItem(List<String> names) implements Condition {
    public BizItem {
      names = List.copyOf(names);
    }
  }

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

  /**
   * {@code booking_rescheduled}: the record (as at the start of the cycle) holds a {@code
   * booking_time} other than the booking's slot.
   */
  record BookingRescheduled() implements Condition {}

  /** {@code booking_cancelled}: the booking's status is RC04. */
  record BookingCancelled() implements Condition {}

  /** {@code store_id_matches}. */
  record StoreIdMatches(List<String> storeIds) implements Condition {
    public StoreIdMatches {
      storeIds = List.copyOf(storeIds);
    }
  }
}
