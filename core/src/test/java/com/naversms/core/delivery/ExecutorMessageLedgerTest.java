package com.naversms.core.delivery;

import static com.naversms.core.delivery.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.fakes.InMemoryMessageLedger;
import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.ledger.StateChange;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.MetricName;
import com.naversms.core.plan.Withheld;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The executor writes each message's lifecycle to the ledger (docs/state.md 8). */
class ExecutorMessageLedgerTest {
  final Harness h = new Harness();
  final InMemoryMessageLedger ledger = new InMemoryMessageLedger();

  ExecutorMessageLedgerTest() {
    h.ledger = ledger;
  }

  private LedgerEntry only() {
    List<LedgerEntry> all = ledger.all();
    assertThat(all).hasSize(1);
    return all.getFirst();
  }

  @Test
  void anAcceptedMessage_isClaimedThenAccepted_withItsTextAndRequestId() {
    h.sender.then(new SendResult.Accepted("REQ-7"));

    h.run(aPlan().confirmation("1051707", 1001).build());

    LedgerEntry e = only();
    assertThat(e.key().bookingNum()).isEqualTo("1051707_1001");
    assertThat(e.key().message()).isEqualTo("confirm_sms");
    assertThat(e.key().phoneLast4()).isEqualTo("1001");
    assertThat(e.state()).isEqualTo(MessageState.ACCEPTED);
    assertThat(e.requestId()).isEqualTo("REQ-7");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.message().text()).isEqualTo("예약이 확정되었습니다");
    assertThat(e.message().template()).isEqualTo("booking_confirm");
    assertThat(e.message().rule()).isEqualTo("New booking confirmation");
    assertThat(e.message().type()).isEqualTo("SMS");
    assertThat(e.message().sender()).isEqualTo("0200000000");
    assertThat(e.history())
        .extracting(StateChange::state)
        .containsExactly(MessageState.CLAIMED, MessageState.ACCEPTED);
  }

  @Test
  void aFailedSend_isFailed_thenItsRetry_staysTheSameEntry() {
    h.sender.then(new SendResult.Failed("HTTP 503"));
    h.run(aPlan().confirmation("1051707", 1001).build());
    assertThat(only().state()).isEqualTo(MessageState.FAILED);
    assertThat(only().lastError()).contains("HTTP 503");

    h.advance(Duration.ofMinutes(5));
    h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(only().state()).isEqualTo(MessageState.ACCEPTED);
    assertThat(only().attempts()).isEqualTo(2);
  }

  @Test
  void theLastFailedAttempt_isExhausted() {
    h.settings = ExecutionSettings.live().withMaxAttempts(1);
    h.sender.then(new SendResult.Rejected(400, "bad number"));

    h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(only().state()).isEqualTo(MessageState.EXHAUSTED);
  }

  @Test
  void anUncertainSend_isUncertain() {
    h.sender.then(new SendResult.Uncertain("read timed out"));

    h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(only().state()).isEqualTo(MessageState.UNCERTAIN);
  }

  @Test
  void refusedCredentials_defer() {
    h.sender.then(new SendResult.Unauthorized(401, "HTTP 401"));

    h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(only().state()).isEqualTo(MessageState.DEFERRED);
  }

  @Test
  void comparisonMode_recordsSuppressedWithoutSending_onceAcrossCycles() {
    h.settings = ExecutionSettings.suppressed();

    h.run(aPlan().confirmation("1051707", 1001).build());
    h.advance(Duration.ofMinutes(5));
    h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(h.sender.messages()).isEmpty();
    assertThat(only().state()).isEqualTo(MessageState.SUPPRESSED);
    assertThat(only().history()).hasSize(1);
  }

  /** The confirmation of booking 1001, held back by quiet hours. */
  private static com.naversms.core.plan.Plan nightConfirmation() {
    return aPlan()
        .withheld(
            "1051707",
            1001,
            "confirm_sms",
            "booking_confirm",
            Withheld.Why.QUIET_HOURS,
            "deferred by quiet hours until 08:00")
        .build();
  }

  @Test
  void aMessageQuietHoursHoldBack_isDeferredOnceAcrossCycles_thenSentAsTheSameEntry() {
    for (int cycle = 0; cycle < 3; cycle++) {
      h.run(nightConfirmation());
      h.advance(Duration.ofMinutes(20));
    }
    assertThat(h.sender.messages()).isEmpty();
    assertThat(only().state()).isEqualTo(MessageState.DEFERRED);
    assertThat(only().attempts()).isZero();
    assertThat(only().message().text()).isEqualTo("예약이 확정되었습니다");
    assertThat(only().history())
        .as("one step, however many cycles held it back")
        .singleElement()
        .satisfies(c -> assertThat(c.detail()).isEqualTo("deferred by quiet hours until 08:00"));

    h.sender.then(new SendResult.Accepted("REQ-8"));
    h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(only().state()).isEqualTo(MessageState.ACCEPTED);
    assertThat(only().attempts()).isEqualTo(1);
    assertThat(only().history())
        .extracting(StateChange::state)
        .containsExactly(MessageState.DEFERRED, MessageState.CLAIMED, MessageState.ACCEPTED);
  }

  @Test
  void anAdvertisementToAnOptedOutNumber_isSuppressedWithTheReason_andNotSent() {
    h.run(
        aPlan()
            .withheld(
                "1051707",
                1001,
                "option_sms",
                "event",
                Withheld.Why.OPTED_OUT,
                "010-****-1001 opted out of advertising")
            .build());

    assertThat(h.sender.messages()).isEmpty();
    assertThat(only().state()).isEqualTo(MessageState.SUPPRESSED);
    assertThat(only().key().message()).isEqualTo("option_sms");
    assertThat(only().history().getLast().detail())
        .isEqualTo("010-****-1001 opted out of advertising");
  }

  @Test
  void aMessageHeldBackAfterACycleSentIt_keepsWhatBecameOfTheSend() {
    h.sender.then(new SendResult.Accepted("REQ-9"));
    h.run(aPlan().confirmation("1051707", 1001).build());

    h.run(nightConfirmation());

    assertThat(only().state()).isEqualTo(MessageState.ACCEPTED);
    assertThat(only().history()).hasSize(2);
  }

  @Test
  void aCancelledBooking_cancelsItsMessagesStillAwaitingASend_notTheSentOnes() {
    h.sender.then(new SendResult.Accepted("REQ-10"));
    h.run(
        aPlan()
            .confirmation("1051707", 1001)
            .withheld(
                "1051707",
                1001,
                "remind_sms",
                "guide",
                Withheld.Why.QUIET_HOURS,
                "deferred by quiet hours until 08:00")
            .build());

    h.run(aPlan().cancellation("1051707", 1001).build());

    assertThat(ledger.all())
        .extracting(e -> e.key().message(), LedgerEntry::state)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("confirm_sms", MessageState.ACCEPTED),
            org.assertj.core.groups.Tuple.tuple("remind_sms", MessageState.CANCELLED));
    LedgerEntry guide = ledger.find(LedgerQuery.all().withMessage("remind_sms")).getFirst();
    assertThat(guide.history().getLast().detail()).isEqualTo("booking cancelled");
  }

  @Test
  void aLedgerThatFails_isLoggedAndCounted_andTheMessageGoesOnce() {
    h.ledger = new BrokenLedger();

    CycleReport report = h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(report.sent()).isEqualTo(1);
    assertThat(h.sender.messages()).hasSize(1);
    assertThat(h.metrics.total(MetricName.LEDGER_WRITE_FAILURES)).isEqualTo(2);
    assertThat(h.log.events())
        .filteredOn(e -> e.level() == LogEvent.Level.ERROR)
        .extracting(LogEvent::message)
        .allMatch(m -> m.startsWith("message ledger not written"));
    h.run(aPlan().confirmation("1051707", 1001).build());
    assertThat(h.sender.messages()).hasSize(1);
  }

  @Test
  void noLogLine_holdsTheMessageText() {
    h.run(aPlan().confirmation("1051707", 1001).build());
    h.ledger = new BrokenLedger();
    h.run(aPlan().confirmation("1051707", 1002).build());

    assertThat(h.log.events()).isNotEmpty();
    assertThat(h.log.events()).noneMatch(e -> e.toString().contains("예약이 확정되었습니다"));
  }

  /** A ledger whose every call fails. */
  static final class BrokenLedger implements MessageLedger {
    @Override
    public boolean record(LedgerKey key, Change change) {
      throw new com.naversms.core.state.StateStoreException("disk full");
    }

    @Override
    public Optional<LedgerEntry> get(LedgerKey key) {
      throw new com.naversms.core.state.StateStoreException("disk full");
    }

    @Override
    public List<LedgerEntry> find(LedgerQuery query) {
      throw new com.naversms.core.state.StateStoreException("disk full");
    }

    @Override
    public List<LedgerEntry> awaitingCarrier(Instant from, Instant before, int limit) {
      throw new com.naversms.core.state.StateStoreException("disk full");
    }

    @Override
    public int deleteExpired(Instant now) {
      throw new com.naversms.core.state.StateStoreException("disk full");
    }
  }
}
