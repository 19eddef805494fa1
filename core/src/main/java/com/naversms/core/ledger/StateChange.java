package com.naversms.core.ledger;

import java.time.Instant;

/**
 * One step of an entry's history: the state it reached, when, the attempts counted by then and why
 * (an error, a request id, the carrier's result, an operator's note).
 */
public record StateChange(MessageState state, Instant at, int attempts, String detail) {
  public StateChange {
    detail = detail == null ? "" : detail;
  }
}
