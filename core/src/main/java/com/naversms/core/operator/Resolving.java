package com.naversms.core.operator;

import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.StateStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code messages resolve}: an operator settles an uncertain message (the request may have reached
 * SENS, so no cycle sends it again). Delivered: its flag is set and the claim released, as if SENS
 * had answered. Not delivered: the claim is released without counting an attempt, so the next cycle
 * sends it. An exhausted message (no cycle sends it any more) may be settled as delivered too: the
 * operator told the customer another way, so its flag is set and the report stops. Each is written
 * to the ledger with who, when and why.
 */
public final class Resolving {
  private final MessageLedger ledger;
  private final StateStore state;
  private final Clock clock;

  public Resolving(MessageLedger ledger, StateStore state, Clock clock) {
    this.ledger = ledger;
    this.state = state;
    this.clock = clock;
  }

  public sealed interface Outcome {
    record Resolved(LedgerEntry entry) implements Outcome {}

    /** Nothing changed: no such entry, or it is not uncertain (nor exhausted, for delivered). */
    record Refused(String reason) implements Outcome {}
  }

  /**
   * @param by who resolves it (the operator's user name)
   * @param note why (what the operator checked), may be empty
   */
  public Outcome resolve(LedgerKey key, boolean delivered, String by, String note) {
    Optional<LedgerEntry> found = ledger.get(key);
    if (found.isEmpty()) {
      return new Outcome.Refused("no message " + key.id() + " in the ledger");
    }
    LedgerEntry entry = found.get();
    boolean settles =
        entry.state() == MessageState.UNCERTAIN
            || (delivered && entry.state() == MessageState.EXHAUSTED);
    if (!settles) {
      return new Outcome.Refused(
          key.id()
              + " is "
              + entry.state().wireName()
              + ": only an uncertain message is resolved, or an exhausted one as --delivered"
              + " ('messages resend' sends one again)");
    }
    Instant now = clock.instant();
    MessageKey message = MessageRecord.of(entry, state);
    String detail =
        Operators.detail(delivered ? "resolved delivered" : "resolved not delivered", by, note);
    if (delivered) {
      String request = entry.requestId().isEmpty() ? "resolved-by-operator" : entry.requestId();
      state.markDelivered(message, request, now);
    } else {
      state.releaseUncounted(message, detail, now);
    }
    ledger.record(
        key,
        new Change.Moved(
            delivered ? MessageState.RESOLVED_DELIVERED : MessageState.RESOLVED_NOT_DELIVERED,
            detail,
            now));
    return new Outcome.Resolved(ledger.get(key).orElse(entry));
  }
}
