package com.naversms.core.state;

import java.time.Instant;

/**
 * A message that needs an operator, found by {@link com.naversms.core.state.StateStore#unsettled}
 * whether or not it is planned this cycle.
 */
public sealed interface Unsettled {
  MessageKey key();

  /** A claim outside the live window: the sending cycle stopped between send and record. */
  record StaleClaim(MessageKey key, Instant since) implements Unsettled {}

  /** Its sends failed {@code attempts} times, the maximum, and nobody resolved it. */
  record Exhausted(MessageKey key, int attempts, String lastError) implements Unsettled {}
}
