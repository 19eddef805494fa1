package com.naversms.core.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Conditions on time, all on the Korean wall clock (docs/design.md 6.1). */
final class TimeChecks {
  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TimeChecks() {}

  /** {@code start − hours ≤ now < start}. */
  static Verdict beforeBooking(int hours, String label, Situation s) {
    LocalDateTime now = s.nowLocal();
    LocalDateTime start = s.booking().startLocal();
    LocalDateTime windowStart = start.minusHours(hours);
    LocalDate today = now.toLocalDate();
    if (now.isBefore(windowStart)) {
      return new Verdict.Fails(
          label, "now " + at(now, today) + " is before window start " + at(windowStart, today));
    }
    if (!now.isBefore(start)) {
      return new Verdict.Fails(
          label, "now " + at(now, today) + " is not before slot start " + at(start, today));
    }
    return new Verdict.Holds(
        label,
        "now "
            + at(now, today)
            + " is within ["
            + at(windowStart, today)
            + ", "
            + at(start, today)
            + ")");
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

  /** Hours and minutes when on the same day as now, else with the date. */
  private static String at(LocalDateTime t, LocalDate today) {
    return t.toLocalDate().equals(today) ? t.format(HOUR_MINUTE) : t.format(DATE_TIME);
  }
}
