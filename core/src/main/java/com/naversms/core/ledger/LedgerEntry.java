package com.naversms.core.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One customer message the service planned and tried, with its whole history.
 *
 * @param requestId the provider's request id once accepted, else empty
 * @param acceptedAt when the provider accepted it, null before
 * @param carrier the carrier's result once known, null before
 * @param lastError the last failure's reason, empty when none
 * @param version incremented by every write: stores write an entry only over the version they read
 */
public record LedgerEntry(
    LedgerKey key,
    LedgerMessage message,
    MessageState state,
    int attempts,
    String requestId,
    Instant acceptedAt,
    CarrierResult carrier,
    String lastError,
    Instant createdAt,
    Instant updatedAt,
    List<StateChange> history,
    long version) {

  public LedgerEntry {
    requestId = requestId == null ? "" : requestId;
    lastError = lastError == null ? "" : lastError;
    history = List.copyOf(history);
  }

  /** Whether the carrier's result is still to be asked for. */
  public boolean awaitsCarrier() {
    return state == MessageState.ACCEPTED;
  }

  /**
   * The entry after {@code change}, or empty when the change does not apply: a move or result for
   * an entry that does not exist, a carrier result for one no longer {@link MessageState#ACCEPTED},
   * an opening in a {@linkplain MessageState#heldBack() held-back} state of an entry a cycle
   * claimed or sent (one that no longer {@linkplain MessageState#awaitsSend() awaits a send}), or a
   * change that alters nothing (the same state, attempts and detail, as a comparison-mode cycle
   * records every five minutes).
   */
  public static Optional<LedgerEntry> after(
      Optional<LedgerEntry> current, LedgerKey key, Change change) {
    return switch (change) {
      case Change.Opened o ->
          current
              .map(e -> e.opened(o))
              .orElseGet(() ->
                  Optional.of(
                      new LedgerEntry(
                          key,
                          o.message(),
                          o.state(),
                          Math.max(0, o.attempts()),
                          "",
                          null,
                          null,
                          "",
                          o.at(),
                          o.at(),
                          List.of(
                              new StateChange(
                                  o.state(), o.at(), Math.max(0, o.attempts()), o.detail())),
                          1)));
      case Change.Moved m -> current.flatMap(e -> e.moved(m));
      case Change.Accepted a -> current.map(e -> e.accepted(a));
      case Change.Carried c -> current.filter(LedgerEntry::awaitsCarrier).map(e -> e.carried(c));
    };
  }

  private Optional<LedgerEntry> opened(Change.Opened o) {
    int n = o.attempts() == Change.KEEP_ATTEMPTS ? attempts : o.attempts();
    if (unchanged(o.state(), n, o.detail()) || (o.state().heldBack() && !state.awaitsSend())) {
      // a message held back again adds nothing; one held back after a cycle claimed or sent it
      // (two rules, one flag) never hides what became of the send
      return Optional.empty();
    }
    return Optional.of(
        next(
            o.message(),
            o.state(),
            n,
            requestId,
            acceptedAt,
            carrier,
            lastError,
            o.detail(),
            o.at()));
  }

  private Optional<LedgerEntry> moved(Change.Moved m) {
    int n = m.attempts() == Change.KEEP_ATTEMPTS ? attempts : m.attempts();
    if (unchanged(m.state(), n, m.detail())) {
      return Optional.empty();
    }
    boolean failure =
        m.state() == MessageState.FAILED
            || m.state() == MessageState.EXHAUSTED
            || m.state() == MessageState.UNCERTAIN;
    String error = failure ? m.detail() : lastError;
    return Optional.of(
        next(message, m.state(), n, requestId, acceptedAt, carrier, error, m.detail(), m.at()));
  }

  private LedgerEntry accepted(Change.Accepted a) {
    return next(
        message,
        MessageState.ACCEPTED,
        attempts,
        a.requestId(),
        a.at(),
        carrier,
        lastError,
        "request " + a.requestId(),
        a.at());
  }

  private LedgerEntry carried(Change.Carried c) {
    CarrierResult r = c.result();
    MessageState state = r.delivered() ? MessageState.DELIVERED : MessageState.FAILED_AT_CARRIER;
    String detail =
        (r.failedOver() ? r.firstLeg() + "; failover SMS/LMS carrier result " : "carrier result ")
            + r.code()
            + (r.name().isEmpty() ? "" : " " + r.name())
            + (r.telco().isEmpty() ? "" : " (" + r.telco() + ")");
    String error = r.delivered() ? lastError : detail;
    return next(message, state, attempts, requestId, acceptedAt, r, error, detail, c.at());
  }

  private boolean unchanged(MessageState state, int attempts, String detail) {
    return state == this.state
        && attempts == this.attempts
        && !history.isEmpty()
        && history.getLast().detail().equals(detail);
  }

  private LedgerEntry next(
      LedgerMessage message,
      MessageState state,
      int attempts,
      String requestId,
      Instant acceptedAt,
      CarrierResult carrier,
      String lastError,
      String detail,
      Instant at) {
    List<StateChange> steps = new ArrayList<>(history);
    steps.add(new StateChange(state, at, attempts, detail));
    return new LedgerEntry(
        key,
        message,
        state,
        attempts,
        requestId,
        acceptedAt,
        carrier,
        lastError,
        createdAt,
        at,
        steps,
        version + 1);
  }

  @Override
  public String toString() {
    return "LedgerEntry[" + key.id() + ", " + state.wireName() + ", attempts=" + attempts + "]";
  }
}
