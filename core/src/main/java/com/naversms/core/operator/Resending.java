package com.naversms.core.operator;

import com.naversms.core.booking.Booking;
import com.naversms.core.delivery.MessageSender;
import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerMessage;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.plan.EucKr;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.MessageType;
import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.StateStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code messages resend}: sends a message of the ledger again on purpose (the customer lost it),
 * the same text to the same number from the same sender, through the cycle's sender (so its kill
 * switch holds: SENS delivery off or comparison mode sends nothing) and the cycle's claim: a
 * message whose flag is unset is claimed in the {@code sms} item as a cycle claims it, so a cycle
 * cannot send it at the same time, and its flag is set once SENS accepts it. The resend is a new
 * ledger entry (the next sequence), opened as claimed before the send, so two resends are two
 * entries. Refused when the slot has passed unless forced.
 */
public final class Resending {
  private final MessageLedger ledger;
  private final StateStore state;
  private final MessageSender sender;
  private final Clock clock;
  private final int maxAttempts;

  public Resending(
      MessageLedger ledger, StateStore state, MessageSender sender, Clock clock, int maxAttempts) {
    this.ledger = ledger;
    this.state = state;
    this.sender = sender;
    this.clock = clock;
    this.maxAttempts = maxAttempts;
  }

  public sealed interface Outcome {
    /** SENS accepted the resend, recorded under {@code key}. */
    record Sent(LedgerKey key, String requestId) implements Outcome {}

    /** Nothing was sent and nothing written. */
    record Refused(String reason) implements Outcome {}

    /**
     * Tried and not accepted: {@code key}'s entry holds the state (failed, uncertain, suppressed).
     */
    record NotSent(LedgerKey key, MessageState state, String reason) implements Outcome {}
  }

  public Outcome resend(LedgerKey key, String by, String note, boolean force) {
    Optional<LedgerEntry> found = ledger.get(key);
    if (found.isEmpty()) {
      return new Outcome.Refused("no message " + key.id() + " in the ledger");
    }
    LedgerEntry entry = found.get();
    Instant now = clock.instant();
    Optional<LocalDateTime> slot = slot(key);
    if (!force
        && slot.isPresent()
        && slot.get().isBefore(LocalDateTime.ofInstant(now, Booking.SEOUL))) {
      return new Outcome.Refused(
          "the slot " + key.slot() + " (KST) has passed; --force sends it anyway");
    }
    LedgerMessage text = entry.message();
    MessageKey message = MessageRecord.of(entry, state);
    ClaimOutcome claim =
        state.claim(message, new MessageOrigin(text.rule(), text.template()), maxAttempts, now);
    if (claim instanceof ClaimOutcome.InFlight f) {
      return new Outcome.Refused(
          "a claim holds "
              + key.message()
              + " since "
              + f.since()
              + " (a cycle is sending it, or"
              + " it is uncertain: 'messages resolve' first)");
    }
    LedgerKey resend = nextFree(key);
    String detail = Operators.detail("resend of " + key.id(), by, note);
    ledger.record(resend, new Change.Opened(text, MessageState.CLAIMED, 1, detail, now));
    SendResult result;
    try {
      result = sender.send(sms(text));
    } catch (RuntimeException e) {
      result = new SendResult.Uncertain(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    boolean claimed = claim instanceof ClaimOutcome.Claimed;
    Instant done = clock.instant();
    return switch (result) {
      case SendResult.Accepted a -> {
        if (claimed || claim instanceof ClaimOutcome.Exhausted) {
          state.markDelivered(message, a.requestId(), done);
        }
        ledger.record(resend, new Change.Accepted(a.requestId(), done));
        yield new Outcome.Sent(resend, a.requestId());
      }
      case SendResult.Uncertain u -> notSent(resend, MessageState.UNCERTAIN, u.reason(), done);
      case SendResult.Suppressed s -> {
        release(claimed, message, "resend suppressed: " + s.reason(), done);
        yield notSent(resend, MessageState.SUPPRESSED, s.reason(), done);
      }
      case SendResult.Rejected r -> {
        release(claimed, message, "resend rejected: " + r.reason(), done);
        yield notSent(
            resend, MessageState.FAILED, "HTTP " + r.httpStatus() + ": " + r.reason(), done);
      }
      case SendResult.Unauthorized u -> {
        release(claimed, message, "resend refused: " + u.reason(), done);
        yield notSent(
            resend, MessageState.DEFERRED, "SENS refused the credentials: " + u.reason(), done);
      }
      case SendResult.Refused r -> {
        release(claimed, message, "resend refused: " + r.reason(), done);
        yield notSent(resend, MessageState.FAILED, r.code() + ": " + r.reason(), done);
      }
      case SendResult.Failed f -> {
        release(claimed, message, "resend failed: " + f.reason(), done);
        yield notSent(resend, MessageState.FAILED, f.reason(), done);
      }
    };
  }

  /** The first sequence after {@code key} that no entry holds yet. */
  private LedgerKey nextFree(LedgerKey key) {
    int highest =
        ledger
            .find(LedgerQuery.all().withBooking(key.bookingNum()).withMessage(key.message()))
            .stream()
            .map(LedgerEntry::key)
            .filter(k -> k.slot().equals(key.slot()) && k.phoneLast4().equals(key.phoneLast4()))
            .mapToInt(LedgerKey::sequence)
            .max()
            .orElse(key.sequence());
    return new LedgerKey(
        key.bookingNum(),
        key.message(),
        key.slot(),
        key.phoneLast4(),
        Math.max(highest, key.sequence()) + 1);
  }

  /**
   * A claim this resend took is released without counting an attempt: the cycle's send stays due.
   */
  private void release(boolean claimed, MessageKey message, String reason, Instant at) {
    if (claimed) {
      state.releaseUncounted(message, reason, at);
    }
  }

  private Outcome notSent(LedgerKey key, MessageState to, String reason, Instant at) {
    ledger.record(key, new Change.Moved(to, reason, at));
    return new Outcome.NotSent(key, to, reason);
  }

  private static Message sms(LedgerMessage m) {
    MessageType type;
    try {
      type = MessageType.valueOf(m.type());
    } catch (IllegalArgumentException e) {
      type = EucKr.bytes(m.text()) > MessageType.SMS_MAX_BYTES ? MessageType.LMS : MessageType.SMS;
    }
    return new Message.Sms(m.phone(), m.sender(), type, m.subject(), m.text());
  }

  private static Optional<LocalDateTime> slot(LedgerKey key) {
    if (key.slot().equals(LedgerKey.NO_SLOT)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(key.slot()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
