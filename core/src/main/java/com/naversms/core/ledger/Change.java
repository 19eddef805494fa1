package com.naversms.core.ledger;

import java.time.Instant;

/** One thing that happened to a message, as {@link MessageLedger#record} takes it. */
public sealed interface Change {
  Instant at();

  /** Attempts unchanged. */
  int KEEP_ATTEMPTS = -1;

  /**
   * The message reached {@code state} with {@code message} as planned: opens the entry, or moves an
   * existing one (a retry's new claim, a deferred message's claim) and refreshes what it holds. A
   * held-back state ({@link MessageState#heldBack()}: the planner's quiet hours or opt-out,
   * comparison mode) moves only an entry that still {@linkplain MessageState#awaitsSend() awaits a
   * send}.
   */
  record Opened(LedgerMessage message, MessageState state, int attempts, String detail, Instant at)
      implements Change {}

  /**
   * An existing entry reached {@code state} ({@link #KEEP_ATTEMPTS} keeps its count). Not applied
   * to an entry that does not exist.
   */
  record Moved(MessageState state, int attempts, String detail, Instant at) implements Change {
    public Moved(MessageState state, String detail, Instant at) {
      this(state, KEEP_ATTEMPTS, detail, at);
    }
  }

  /** The provider accepted the message under {@code requestId}. */
  record Accepted(String requestId, Instant at) implements Change {}

  /**
   * The carrier's result: {@link MessageState#DELIVERED} or {@link MessageState#FAILED_AT_CARRIER}.
   * Applied only to an entry still {@link MessageState#ACCEPTED}, so one result is recorded (and
   * reported) once, whichever cycle reads it first.
   */
  record Carried(CarrierResult result, Instant at) implements Change {}
}
