package com.naversms.app.daemon;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The wall-clock slots of the daemon: :00, :20 and :40 of every hour. */
public final class Slots {
  public static final Duration EVERY = Duration.ofMinutes(20);

  private Slots() {}

  /**
   * The first slot strictly after {@code now}. Korea's offset is whole hours, so UTC slots match.
   */
  public static Instant after(Instant now) {
    Instant hour = now.truncatedTo(ChronoUnit.HOURS);
    Instant slot = hour;
    while (!slot.isAfter(now)) {
      slot = slot.plus(EVERY);
    }
    return slot;
  }
}
