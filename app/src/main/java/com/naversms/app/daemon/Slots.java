package com.naversms.app.daemon;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/** The slots of the daemon: by default :00, :20 and :40 of every hour. */
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

  /** A slot every {@code interval} after the end of the previous cycle (rehearsals, tests). */
  public static UnaryOperator<Instant> every(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the interval must be positive: " + interval);
    }
    return now -> now.plus(interval);
  }

  /** {@code slots}, except that the first one is at once. */
  public static UnaryOperator<Instant> firstAtOnce(UnaryOperator<Instant> slots) {
    AtomicBoolean first = new AtomicBoolean(true);
    return now -> first.getAndSet(false) ? now : slots.apply(now);
  }
}
