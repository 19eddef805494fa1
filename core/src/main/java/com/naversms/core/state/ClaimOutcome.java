package com.naversms.core.state;

import java.time.Instant;

/** Result of {@link com.naversms.core.state.StateStore#claim}: expected outcomes are values. */
public sealed interface ClaimOutcome {
  /** This caller owns the message now and may send it. {@code attempt} counts from 1. */
  record Claimed(int attempt) implements ClaimOutcome {}

  /** The flag is already set: the message was delivered to SENS before. */
  record AlreadyDelivered() implements ClaimOutcome {}

  /**
   * Another claim holds the message and was never completed or released: either a concurrent cycle
   * is sending it right now, or a process died between send and record. Never re-sent
   * automatically; when {@code since} is older than a cycle it is reported as an uncertain
   * delivery.
   */
  record InFlight(Instant since) implements ClaimOutcome {}

  /** Earlier sends failed {@code attempts} times, the configured maximum; reported, not retried. */
  record Exhausted(int attempts) implements ClaimOutcome {}
}
