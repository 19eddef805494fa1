package com.naversms.core.delivery;

import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerMessage;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;
import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.Withheld;
import java.time.Instant;
import java.util.Map;

/**
 * The executor's writes to the message ledger (docs/state.md 8). A write that fails is logged
 * ({@code error_type=LedgerWriteFailed}) and counted ({@code LedgerWriteFailures}) and nothing
 * else: the claim protocol, which alone decides whether a message goes, runs unchanged.
 */
final class LedgerWrites {
  private final MessageLedger ledger;
  private final EventLog log;
  private final Metrics metrics;

  LedgerWrites(MessageLedger ledger, EventLog log, Metrics metrics) {
    this.ledger = ledger;
    this.log = log;
    this.metrics = metrics;
  }

  static LedgerKey keyOf(Delivery delivery, Delivery.Send send) {
    return LedgerKey.first(
        delivery.bookingNum(), send.flag(), delivery.slot(), send.message().to());
  }

  /** What the entry holds about the message: the text only here, never in a log line. */
  static LedgerMessage messageOf(Delivery delivery, Delivery.Send send) {
    return messageOf(delivery, send, send.message());
  }

  /**
   * The entry's message as it goes: channel {@code sms} or {@code alimtalk}; type, sender, subject
   * and text are the SMS/LMS (an AlimTalk message's failover, what a resend sends).
   */
  static LedgerMessage messageOf(Delivery delivery, Delivery.Send send, Message message) {
    Message.Sms sms = message.sms();
    return new LedgerMessage(
        sms.to(),
        delivery.rule(),
        send.template(),
        message.channel().name().toLowerCase(java.util.Locale.ROOT),
        sms.type().name(),
        sms.from(),
        sms.subject(),
        sms.text());
  }

  void opened(
      Delivery d, Delivery.Send send, MessageState state, int attempts, String why, Instant at) {
    opened(d, send, send.message(), state, attempts, why, at);
  }

  void opened(
      Delivery d,
      Delivery.Send send,
      Message message,
      MessageState state,
      int attempts,
      String why,
      Instant at) {
    write(
        d,
        keyOf(d, send),
        new Change.Opened(messageOf(d, send, message), state, attempts, why, at));
  }

  void moved(
      Delivery d, Delivery.Send send, MessageState state, int attempts, String why, Instant at) {
    write(d, keyOf(d, send), new Change.Moved(state, attempts, why, at));
  }

  void accepted(Delivery d, Delivery.Send send, String requestId, Instant at) {
    write(d, keyOf(d, send), new Change.Accepted(requestId, at));
  }

  /**
   * A message the planner held back ({@code deferred} by quiet hours, {@code suppressed} for an
   * opt-out): the entry the cycle that sends it later moves on. Held back again, nothing changes.
   */
  void withheld(Withheld w, Instant at) {
    MessageState state =
        switch (w.why()) {
          case QUIET_HOURS -> MessageState.DEFERRED;
          case OPTED_OUT -> MessageState.SUPPRESSED;
        };
    opened(w.delivery(), w.send(), state, Change.KEEP_ATTEMPTS, w.reason(), at);
  }

  /**
   * The booking of {@code d} was cancelled: each of its messages that still awaits a send (held
   * back, failed with attempts left, resolved not delivered) is {@code cancelled}. One in flight or
   * sent keeps its state.
   */
  void cancelled(Delivery d, String why, Instant at) {
    try {
      for (LedgerEntry e : ledger.find(LedgerQuery.all().withBooking(d.bookingNum()))) {
        if (e.state().awaitsSend() && e.state() != MessageState.CANCELLED) {
          write(d, e.key(), new Change.Moved(MessageState.CANCELLED, why, at));
        }
      }
    } catch (RuntimeException e) {
      failed(d, "the messages of booking " + d.bookingNum(), e);
    }
  }

  private void write(Delivery d, LedgerKey key, Change change) {
    try {
      ledger.record(key, change);
    } catch (RuntimeException e) {
      failed(d, key.id(), e);
    }
  }

  private void failed(Delivery d, String what, RuntimeException e) {
    metrics.add(MetricName.LEDGER_WRITE_FAILURES, 1);
    log.write(
        LogEvent.error(
            "message ledger not written (the send is unaffected): " + what,
            Map.of(
                LogField.ACTION_TYPE,
                ActionType.SEND_SMS.value(),
                LogField.ERROR_TYPE,
                "LedgerWriteFailed",
                LogField.ERROR_MESSAGE,
                e.getClass().getSimpleName() + ": " + e.getMessage(),
                LogField.BOOKING_ID,
                d.bookingNum())));
  }
}
