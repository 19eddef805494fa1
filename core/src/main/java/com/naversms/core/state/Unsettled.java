package com.naversms.core.state;

import java.time.Instant;

/**
 * A message that needs an operator, found by {@link com.naversms.core.state.StateStore#unsettled}
 * whether or not it is planned this cycle. {@code origin} is the rule and template its claim
 * recorded (empty for records written before claims recorded them), so that two stuck messages of
 * one booking can be told apart in the logs.
 */
public sealed interface Unsettled {
  MessageKey key();

  MessageOrigin origin();

  /** A claim outside the live window: the sending cycle stopped between send and record. */
  record StaleClaim(MessageKey key, Instant since, MessageOrigin origin) implements Unsettled {
    public StaleClaim(MessageKey key, Instant since) {
      this(key, since, new MessageOrigin("", ""));
    }
  }

  /** Its sends failed {@code attempts} times, the maximum, and nobody resolved it. */
  record Exhausted(MessageKey key, int attempts, String lastError, MessageOrigin origin)
      implements Unsettled {
    public Exhausted(MessageKey key, int attempts, String lastError) {
      this(key, attempts, lastError, new MessageOrigin("", ""));
    }
  }
}
