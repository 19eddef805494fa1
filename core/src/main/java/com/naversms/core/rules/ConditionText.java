package com.naversms.core.rules;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Condition labels in the YAML vocabulary, e.g. {@code flag_not_set(remind_sms)}. */
public final class ConditionText {
  private ConditionText() {}

  public static String of(Condition condition) {
    return switch (condition) {
      case Condition.All c -> "all(" + join(c.conditions()) + ")";
      case Condition.Any c -> "any(" + join(c.conditions()) + ")";
      case Condition.Not c -> "not(" + of(c.condition()) + ")";
      case Condition.BookingNotInDb c -> "booking_not_in_db";
      case Condition.BookingInDb c -> "booking_in_db";
      case Condition.TimeBeforeBooking c -> "time_before_booking(" + before(c) + ")";
      case Condition.TimeAfterBookingEnd c ->
          "time_after_booking_end(" + span(c.after()) + ".." + span(c.within()) + ")";
      case Condition.BizItem c -> "biz_item(" + c.names() + ")";
      case Condition.FlagNotSet c -> "flag_not_set(" + c.flag() + ")";
      case Condition.FlagSet c -> "flag_set(" + c.flag() + ")";
      case Condition.CurrentHour c -> "current_hour(" + c.hour() + ")";
      case Condition.BookingStatus c -> "booking_status(" + c.status() + ")";
      case Condition.BookingStatusAny c -> "booking_status_any(" + c.statuses() + ")";
      case Condition.DateIsToday c -> "date_is_today";
      case Condition.HasOptionKeyword c ->
          c.keywords().isEmpty()
              ? "has_option_keyword"
              : "has_option_keyword(" + c.keywords() + ")";
      case Condition.HasMultipleOptions c ->
          "has_multiple_options(" + c.keywords() + ", " + c.minCount() + ")";
      case Condition.DateRange c -> "date_range(" + c.start() + ".." + c.end() + ")";
      case Condition.HasProEditOption c -> "has_pro_edit_option";
      case Condition.BookingRescheduled c -> "booking_rescheduled";
      case Condition.BookingCancelled c -> "booking_cancelled";
      case Condition.StoreIdMatches c -> "store_id_matches(" + c.storeIds() + ")";
    };
  }

  /**
   * {@code 2} for the legacy whole hours without a lower bound (as before minutes existed), else
   * the window as written in the docs: {@code 90m}, {@code 24h..20h}.
   */
  private static String before(Condition.TimeBeforeBooking c) {
    if (c.notWithin().isZero() && c.before().toMinutesPart() == 0) {
      return Long.toString(c.before().toHours());
    }
    return span(c.before()) + (c.notWithin().isZero() ? "" : ".." + span(c.notWithin()));
  }

  /** {@code 24h} for whole hours, else {@code 90m}. */
  static String span(Duration d) {
    return d.toMinutesPart() == 0 ? d.toHours() + "h" : d.toMinutes() + "m";
  }

  private static String join(List<Condition> conditions) {
    return conditions.stream().map(ConditionText::of).collect(Collectors.joining(", "));
  }
}
