package com.naversms.core.ledger;

import java.util.Locale;

/**
 * Where one customer message stands in its lifecycle (docs/state.md, "The message ledger"). A
 * message the provider accepted waits in {@link #ACCEPTED} for the carrier's result; every other
 * state is where the cycle leaves it until an operator or a later cycle moves it.
 */
public enum MessageState {
  /** A cycle claimed it and is sending it now. */
  CLAIMED,
  /** The provider (SENS) accepted it; the carrier's result is not known yet. */
  ACCEPTED,
  /** The carrier delivered it to the phone. */
  DELIVERED,
  /** The carrier could not deliver it (result code and name kept). */
  FAILED_AT_CARRIER,
  /** The send failed for sure; a later cycle retries it while attempts remain. */
  FAILED,
  /** Every attempt failed: no cycle retries it. */
  EXHAUSTED,
  /** The request may or may not have reached the provider: never re-sent automatically. */
  UNCERTAIN,
  /** Held back for a reason outside the message (credentials refused, quiet hours). */
  DEFERRED,
  /** Not sent because the booking was cancelled. */
  CANCELLED,
  /** Not sent on purpose (comparison mode, opt-out). */
  SUPPRESSED,
  /** An operator confirmed it reached the customer. */
  RESOLVED_DELIVERED,
  /** An operator confirmed it did not reach the customer (the next cycle may send it again). */
  RESOLVED_NOT_DELIVERED;

  /**
   * A message held back without a try: deferred (quiet hours, credentials refused), suppressed
   * (comparison mode, opt-out) or cancelled with its booking.
   */
  public boolean heldBack() {
    return this == DEFERRED || this == SUPPRESSED || this == CANCELLED;
  }

  /**
   * Whether a later cycle may still send it: held back, failed for sure with attempts left, or
   * resolved as not delivered. Nothing is in flight, accepted or given up.
   */
  public boolean awaitsSend() {
    return heldBack() || this == FAILED || this == RESOLVED_NOT_DELIVERED;
  }

  /**
   * The lower-case name used in stored items and on the command line ({@code failed_at_carrier}).
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The state of a wire name, any case; throws {@link IllegalArgumentException} for others. */
  public static MessageState ofWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
