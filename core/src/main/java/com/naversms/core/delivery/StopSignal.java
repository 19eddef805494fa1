package com.naversms.core.delivery;

import java.time.Instant;
import java.util.Optional;

/**
 * Asks the cycle that is running (or the next one) to wrap up: start no new booking, finish the
 * bookings in progress (so every send made is recorded) and be done by a given instant. The daemon
 * raises it on SIGTERM/SIGINT. Raised once, never lowered; thread safe.
 */
public final class StopSignal {
  private volatile Instant finishBy;

  /** A signal not raised yet. */
  public StopSignal() {}

  /** A signal nobody raises (a single {@code run}, the Lambda function, tests). */
  public static StopSignal none() {
    return new StopSignal();
  }

  /** Raises the signal; a second call keeps the earlier instant. */
  public synchronized void raise(Instant finishBy) {
    if (this.finishBy == null || finishBy.isBefore(this.finishBy)) {
      this.finishBy = finishBy;
    }
  }

  public boolean raised() {
    return finishBy != null;
  }

  /** When the cycle must be done, once raised. */
  public Optional<Instant> finishBy() {
    return Optional.ofNullable(finishBy);
  }
}
