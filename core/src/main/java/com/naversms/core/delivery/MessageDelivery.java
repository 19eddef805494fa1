package com.naversms.core.delivery;

import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.Message;
import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.ClaimWindow;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.StateStore;
import java.time.Clock;
import java.time.Instant;

/**
 * The claim protocol for one message, whatever its channel (docs/design.md 6.3, 6.4): claim → send
 * → record. A message is sent only by the cycle that claimed it; its flag is set only once the
 * channel accepted it; a claim that may have reached the channel is never released, so the message
 * is never sent twice. Once SENS refused the account's credentials, the cycle's {@link SendingStop}
 * holds every later message back. Each claimed message's way is written to the message ledger
 * (claimed → accepted | failed | exhausted | uncertain | deferred), which never changes it. An
 * AlimTalk message goes as AlimTalk where the sender carries it, else as its SMS/LMS; one AlimTalk
 * refuses goes as its SMS/LMS at once, in the same claim.
 */
final class MessageDelivery {
  private final StateStore store;
  private final MessageSender sender;
  private final Clock clock;
  private final ExecutionSettings settings;
  private final LedgerWrites ledger;

  MessageDelivery(
      StateStore store,
      MessageSender sender,
      Clock clock,
      ExecutionSettings settings,
      LedgerWrites ledger) {
    this.store = store;
    this.sender = sender;
    this.clock = clock;
    this.settings = settings;
    this.ledger = ledger;
  }

  /**
   * A {@link com.naversms.core.state.StateStoreException} from the claim means nothing was sent.
   */
  Outcome deliver(Delivery delivery, Delivery.Send send, SendingStop stop) {
    return deliver(delivery, send, stop, ChannelRefusals.ignored());
  }

  /**
   * As {@link #deliver(Delivery, Delivery.Send, SendingStop)}; an AlimTalk message the sender does
   * not carry goes as its SMS/LMS, and one AlimTalk refuses goes as its SMS/LMS in the same claim
   * (one customer message, never two), told to {@code refusals}.
   */
  Outcome deliver(
      Delivery delivery, Delivery.Send send, SendingStop stop, ChannelRefusals refusals) {
    // Claimed even after a stop: the claim records the rule that planned the message, which is
    // what plans it again next cycle (a rule like "booking not in db" no longer fires by then).
    MessageKey key = keyOf(delivery, send);
    Instant now = clock.instant();
    ClaimOutcome claim =
        store.claim(
            key, new MessageOrigin(delivery.rule(), send.template()), settings.maxAttempts(), now);
    return switch (claim) {
      case ClaimOutcome.AlreadyDelivered d -> new Outcome.Skipped("already delivered");
      case ClaimOutcome.InFlight f ->
          ClaimWindow.around(now, settings.staleClaimAfter()).isStale(f.since())
              ? uncertain(delivery, send, StaleClaims.uncertain(f.since(), now))
              : new Outcome.Skipped("another cycle is sending it (claimed at " + f.since() + ")");
      case ClaimOutcome.Exhausted e -> new Outcome.Exhausted(e.attempts(), "");
      case ClaimOutcome.Claimed c -> {
        Message message =
            sender.carries(send.message().channel()) ? send.message() : send.message().sms();
        ledger.opened(delivery, send, message, MessageState.CLAIMED, c.attempt(), "claimed", now);
        Outcome outcome =
            send(new Sending(delivery, send, key, c.attempt()), message, stop, refusals);
        recordInLedger(delivery, send, c.attempt(), outcome);
        yield outcome;
      }
    };
  }

  private Outcome uncertain(Delivery delivery, Delivery.Send send, Outcome outcome) {
    recordInLedger(delivery, send, Change.KEEP_ATTEMPTS, outcome);
    return outcome;
  }

  /** The outcome of a claimed message in its ledger entry (docs/state.md 8). */
  private void recordInLedger(Delivery d, Delivery.Send send, int attempt, Outcome outcome) {
    Instant at = clock.instant();
    switch (outcome) {
      case Outcome.Sent s -> ledger.accepted(d, send, s.requestId(), at);
      case Outcome.Failed f ->
          ledger.moved(
              d,
              send,
              f.permanent() ? MessageState.EXHAUSTED : MessageState.FAILED,
              attempt,
              f.errorType() + ": " + f.reason(),
              at);
      case Outcome.Uncertain u ->
          ledger.moved(d, send, MessageState.UNCERTAIN, attempt, u.reason(), at);
      case Outcome.Deferred def ->
          ledger.moved(d, send, MessageState.DEFERRED, attempt, def.reason(), at);
      default -> {}
    }
  }

  static MessageKey keyOf(Delivery delivery, Delivery.Send send) {
    return new MessageKey(delivery.key(), send.flag(), send.slot());
  }

  /** One claimed message on its way. */
  private record Sending(Delivery delivery, Delivery.Send send, MessageKey key, int attempt) {}

  private Outcome send(Sending m, Message message, SendingStop stop, ChannelRefusals refusals) {
    MessageKey key = m.key();
    int attempt = m.attempt();
    if (stop.stopped()) {
      // SENS refused the credentials earlier in this cycle (on any lane): not sent
      return releaseUncounted(key, stop);
    }
    SendResult result = sendOnce(message);
    String fallback = "";
    if (message instanceof Message.AlimTalk alimTalk && result instanceof SendResult.Refused r) {
      // AlimTalk will not take it (template, channel, content): the SMS/LMS goes now, under the
      // same claim, so the customer gets one message
      refusals.refused(m.send().template(), alimTalk, r);
      fallback = r.code() + ": " + r.reason();
      message = alimTalk.failover();
      ledger.opened(
          m.delivery(),
          m.send(),
          message,
          MessageState.CLAIMED,
          Change.KEEP_ATTEMPTS,
          "AlimTalk refused (" + fallback + "): sending the SMS/LMS text instead",
          clock.instant());
      result = sendOnce(message);
    }
    return switch (result) {
      case SendResult.Accepted a ->
          recordDelivered(key, a.requestId(), attempt, message.channel(), fallback);
      case SendResult.Rejected r ->
          releaseFailed(key, attempt, "SensRejected", "HTTP " + r.httpStatus() + ": " + r.reason());
      case SendResult.Refused r ->
          releaseFailed(key, attempt, "SensRejected", r.code() + ": " + r.reason());
      case SendResult.Failed f -> releaseFailed(key, attempt, "SendFailed", f.reason());
      case SendResult.Unauthorized u -> {
        stop.stop(u.reason());
        yield releaseUncounted(key, stop);
      }
      case SendResult.Uncertain u -> new Outcome.Uncertain(u.reason());
      case SendResult.Suppressed s ->
          releaseFailed(key, attempt, "SendSuppressed", "the sender refused: " + s.reason());
    };
  }

  private SendResult sendOnce(Message message) {
    try {
      return sender.send(message);
    } catch (RuntimeException e) {
      // The request may have left before the failure: keep the claim, never re-send.
      return new SendResult.Uncertain(
          "sender failed unexpectedly: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private Outcome recordDelivered(
      MessageKey key, String requestId, int attempt, Message.Channel channel, String fallback) {
    try {
      store.markDelivered(key, requestId, clock.instant());
      return new Outcome.Sent(requestId, attempt, "", channel, fallback);
    } catch (RuntimeException e) {
      // SENS has it; the claim stays, so no cycle sends it again and it is reported uncertain.
      return new Outcome.Sent(
          requestId,
          attempt,
          "accepted but not recorded (" + e.getMessage() + "): claim kept",
          channel,
          fallback);
    }
  }

  private Outcome releaseUncounted(MessageKey key, SendingStop stop) {
    Outcome deferred = stop.deferred();
    try {
      store.releaseUncounted(key, ((Outcome.Deferred) deferred).reason(), clock.instant());
      return deferred;
    } catch (RuntimeException e) {
      // Nothing reached SENS; the claim stays and is reported uncertain once stale.
      return new Outcome.Failed(
          "SensUnauthorized", "not sent; claim not released: " + e.getMessage(), false);
    }
  }

  private Outcome releaseFailed(MessageKey key, int attempt, String errorType, String reason) {
    try {
      int attempts = store.releaseFailed(key, reason, clock.instant());
      boolean permanent = attempts >= settings.maxAttempts();
      String retry =
          permanent
              ? " (attempt " + attempts + ", giving up)"
              : " (attempt " + attempts + " of " + settings.maxAttempts() + ", retried next cycle)";
      return new Outcome.Failed(errorType, reason + retry, permanent);
    } catch (RuntimeException e) {
      return new Outcome.Failed(
          errorType,
          reason + " (attempt " + attempt + "; claim not released: " + e.getMessage() + ")",
          false);
    }
  }
}
