package com.naversms.core.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * The time limits of one cycle's execution.
 *
 * <p>Past {@code deadline}, or once {@code stop} is raised, the executor starts no new booking: the
 * bookings in progress finish (a send in flight is never abandoned, and its outcome is recorded),
 * the others are left for the next cycle. Operator notices still waiting when the customer sends
 * are done get {@code noticeBudget} more, never beyond the deadline (or the stop's finish-by).
 *
 * @param deadline when the cycle should be over ({@link Instant#MAX}: none)
 * @param noticeBudget how long notices may still take after the last customer send
 * @param stop raised when the process is asked to stop
 */
public record CycleLimits(Instant deadline, Duration noticeBudget, StopSignal stop) {
  public static final Duration DEFAULT_NOTICE_BUDGET = Duration.ofSeconds(30);

  public CycleLimits {
    if (noticeBudget.isNegative()) {
      throw new IllegalArgumentException("noticeBudget must not be negative");
    }
  }

  /** No deadline, the default notice budget, no stop signal. */
  public static CycleLimits none() {
    return new CycleLimits(Instant.MAX, DEFAULT_NOTICE_BUDGET, StopSignal.none());
  }

  /** The deadline, or the stop's finish-by when that is earlier. */
  public Instant finishBy() {
    return stop.finishBy().filter(s -> s.isBefore(deadline)).orElse(deadline);
  }

  /** True once the stop is raised or the deadline has passed: no new booking is started. */
  public boolean startsNoMore(Instant now) {
    return stop.raised() || !now.isBefore(deadline);
  }

  /** Until when notices still queued at {@code sendsEnded} are waited for. */
  public Instant noticesBy(Instant sendsEnded) {
    Instant budget = sendsEnded.plus(noticeBudget);
    Instant limit = finishBy();
    return budget.isBefore(limit) ? budget : limit;
  }
}
