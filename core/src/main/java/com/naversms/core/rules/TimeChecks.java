package com.naversms.core.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Conditions on time, all on the Korean wall clock (docs/design.md 6.1). */
final class TimeChecks {
  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TimeChecks() {}

  /**
   * {@code start − before ≤ now < start − notWithin}; without a lower bound ({@code notWithin}
   * zero) the legacy {@code start − hours ≤ now < start}, with the legacy reasons.
   */
  static Verdict beforeBooking(Duration before, Duration notWithin, String label, Situation s) {
    LocalDateTime now = s.nowLocal();
    LocalDateTime start = s.booking().startLocal();
    LocalDateTime windowStart = start.minus(before);
    LocalDateTime windowEnd = start.minus(notWithin);
    LocalDate today = now.toLocalDate();
    if (now.isBefore(windowStart)) {
      return new Verdict.Fails(label, beforeWindow(now, windowStart, today));
    }
    if (!now.isBefore(start)) {
      return new Verdict.Fails(
          label, "now " + at(now, today) + " is not before slot start " + at(start, today));
    }
    if (!now.isBefore(windowEnd)) {
      return new Verdict.Fails(
          label,
          "now "
              + at(now, today)
              + " is inside the last "
              + amount(notWithin)
              + " before the slot (window ended at "
              + at(windowEnd, today)
              + ")");
    }
    return new Verdict.Holds(label, inWindow(now, windowStart, windowEnd, today));
  }

  /** {@code end + after ≤ now < end + within}; fails for a booking without an end. */
  static Verdict afterBookingEnd(Duration after, Duration within, String label, Situation s) {
    LocalDateTime end = s.booking().endLocal();
    if (end == null) {
      return new Verdict.Fails(label, "the booking has no end time");
    }
    LocalDateTime now = s.nowLocal();
    LocalDate today = now.toLocalDate();
    LocalDateTime from = end.plus(after);
    LocalDateTime until = end.plus(within);
    String ended = "the slot ended at " + at(end, today);
    if (now.isBefore(from)) {
      return new Verdict.Fails(label, beforeWindow(now, from, today) + " (" + ended + ")");
    }
    if (!now.isBefore(until)) {
      return new Verdict.Fails(
          label,
          "now "
              + at(now, today)
              + " is past window end "
              + at(until, today)
              + " ("
              + ended
              + ", more than "
              + amount(within)
              + " ago)");
    }
    return new Verdict.Holds(label, inWindow(now, from, until, today) + " (" + ended + ")");
  }

  private static String beforeWindow(LocalDateTime now, LocalDateTime from, LocalDate today) {
    return "now " + at(now, today) + " is before window start " + at(from, today);
  }

  private static String inWindow(
      LocalDateTime now, LocalDateTime from, LocalDateTime until, LocalDate today) {
    return "now "
        + at(now, today)
        + " is within ["
        + at(from, today)
        + ", "
        + at(until, today)
        + ")";
  }

  static Verdict currentHour(int hour, String label, Situation s) {
    LocalDateTime now = s.nowLocal();
    boolean holds = now.getHour() == hour;
    return Verdict.of(
        holds,
        label,
        "Korean hour is "
            + now.getHour()
            + " (now "
            + now.format(HOUR_MINUTE)
            + ")"
            + (holds ? "" : ", not " + hour));
  }

  static Verdict dateIsToday(String label, Situation s) {
    LocalDate slot = s.booking().startLocal().toLocalDate();
    LocalDate today = s.nowLocal().toLocalDate();
    boolean holds = slot.equals(today);
    return Verdict.of(
        holds, label, "slot date " + slot + (holds ? " is " : " is not ") + "today " + today);
  }

  /** Inclusive on both ends. */
  static Verdict dateRange(LocalDate from, LocalDate to, String label, Situation s) {
    LocalDate slot = s.booking().startLocal().toLocalDate();
    boolean holds = !slot.isBefore(from) && !slot.isAfter(to);
    return Verdict.of(
        holds,
        label,
        "slot date " + slot + (holds ? " is within " : " is outside ") + from + ".." + to);
  }

  /** {@code 20 h} for whole hours, else {@code 30 min}. */
  private static String amount(Duration d) {
    return d.toMinutesPart() == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
  }

  /** Hours and minutes when on the same day as now, else with the date. */
  private static String at(LocalDateTime t, LocalDate today) {
    return t.toLocalDate().equals(today) ? t.format(HOUR_MINUTE) : t.format(DATE_TIME);
  }
}
