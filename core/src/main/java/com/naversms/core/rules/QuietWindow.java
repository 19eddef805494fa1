package com.naversms.core.rules;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A daily window of the Korean wall clock in which customer messages are not sent: {@code start}
 * inclusive, {@code end} exclusive, wrapping midnight when {@code start} is after {@code end}
 * ({@code 21:00–08:00}). docs/rules.md, "Quiet hours".
 */
public record QuietWindow(LocalTime start, LocalTime end) {
  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  /**
   * The hours in which Korean law forbids advertising messages without separate consent (정보통신망법 §50
   * ③): 21:00–08:00, whatever a rule's {@code quiet_hours} says.
   */
  public static final QuietWindow ADVERTISING =
      new QuietWindow(LocalTime.of(21, 0), LocalTime.of(8, 0));

  public QuietWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.equals(end)) {
      throw new IllegalArgumentException("a quiet window's start and end must differ");
    }
  }

  /** Whether {@code t} falls inside: {@code start ≤ t < end}, across midnight when it wraps. */
  public boolean contains(LocalTime t) {
    return start.isBefore(end)
        ? !t.isBefore(start) && t.isBefore(end)
        : !t.isBefore(start) || t.isBefore(end);
  }

  /** {@code 21:00–08:00}. */
  @Override
  public String toString() {
    return start.format(HOUR_MINUTE) + "–" + end.format(HOUR_MINUTE);
  }

  /** {@code 08:00}. */
  public String endText() {
    return end.format(HOUR_MINUTE);
  }
}
