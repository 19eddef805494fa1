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
