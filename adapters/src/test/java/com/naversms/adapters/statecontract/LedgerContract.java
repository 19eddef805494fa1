package com.naversms.adapters.statecontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.ledger.CarrierResult;
import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerMessage;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.ledger.StateChange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The message ledger (docs/state.md, "The message ledger"): every implementation keeps an entry's
 * whole history, finds entries the ways the {@code messages} commands ask, records a carrier result
 * once and forgets entries after the retention.
 */
public abstract class LedgerContract {
  static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");
  static final Duration RETENTION = Duration.ofDays(180);
  static final LedgerKey CONFIRM =
      LedgerKey.first("1000001_9300000001", "confirm_sms", "2026-11-27T14:00", "01000005678");
  static final LedgerMessage TEXT =
      new LedgerMessage(
          "01000005678",
          "New Booking Confirmation",
          "confirmation",
          "sms",
          "LMS",
          "0212345678",
          "예약 안내",
          "김테스트님, 예약이 확정되었습니다. 출입 비밀번호 1234#");

  protected MessageLedger ledger;

  /** A ledger on fresh, empty storage. */
  protected abstract MessageLedger newLedger(Duration retention);

  /** A second ledger instance on the storage of the last {@link #newLedger} (another process). */
  protected abstract MessageLedger sameStorage();

  /**
   * Removes what the retention ended before {@code now}, as the store does it: {@link
   * MessageLedger#deleteExpired} (SQLite's cycle), or DynamoDB's TTL sweeper on {@code expires_at}.
   */
  protected int expire(Instant now) {
    return ledger.deleteExpired(now);
  }

  @BeforeEach
  void freshStorage() {
    ledger = newLedger(RETENTION);
  }

  private static Change.Opened claimed(int attempt, Instant at) {
    return new Change.Opened(TEXT, MessageState.CLAIMED, attempt, "claimed", at);
  }

  @Test
  void anOpenedEntry_readsBackWithEverythingItHolds() {
    assertThat(ledger.record(CONFIRM, claimed(1, T0))).isTrue();

    LedgerEntry e = ledger.get(CONFIRM).orElseThrow();
    assertThat(e.key()).isEqualTo(CONFIRM);
    assertThat(e.message()).isEqualTo(TEXT);
    assertThat(e.state()).isEqualTo(MessageState.CLAIMED);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.createdAt()).isEqualTo(T0);
    assertThat(e.history())
        .containsExactly(new StateChange(MessageState.CLAIMED, T0, 1, "claimed"));
  }

  @Test
  void theLifecycle_isKeptStepByStepWithItsTimes() {
    ledger.record(CONFIRM, claimed(1, T0));
    ledger.record(CONFIRM, new Change.Accepted("REQ-1", T0.plusSeconds(1)));
    ledger.record(
        CONFIRM,
        new Change.Carried(
            new CarrierResult("3018", "fail", "SKT", "2026-11-27 12:00:05"), T0.plusSeconds(300)));

    LedgerEntry e = sameStorage().get(CONFIRM).orElseThrow();
    assertThat(e.state()).isEqualTo(MessageState.FAILED_AT_CARRIER);
    assertThat(e.requestId()).isEqualTo("REQ-1");
    assertThat(e.acceptedAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(e.carrier())
        .isEqualTo(new CarrierResult("3018", "fail", "SKT", "2026-11-27 12:00:05"));
    assertThat(e.lastError()).contains("3018");
    assertThat(e.updatedAt()).isEqualTo(T0.plusSeconds(300));
    assertThat(e.history())
        .extracting(StateChange::state, StateChange::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MessageState.CLAIMED, T0),
            org.assertj.core.groups.Tuple.tuple(MessageState.ACCEPTED, T0.plusSeconds(1)),
            org.assertj.core.groups.Tuple.tuple(
                MessageState.FAILED_AT_CARRIER, T0.plusSeconds(300)));
  }

  @Test
  void aRetry_staysOneEntryAndCountsItsAttempts() {
    ledger.record(CONFIRM, claimed(1, T0));
    ledger.record(CONFIRM, new Change.Moved(MessageState.FAILED, 1, "HTTP 503", T0.plusSeconds(2)));
    ledger.record(CONFIRM, claimed(2, T0.plusSeconds(300)));
    ledger.record(CONFIRM, new Change.Accepted("REQ-2", T0.plusSeconds(301)));

    LedgerEntry e = ledger.get(CONFIRM).orElseThrow();
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.lastError()).isEqualTo("HTTP 503");
    assertThat(e.history()).hasSize(4);
    assertThat(ledger.find(LedgerQuery.all())).hasSize(1);
  }

  @Test
  void aCarrierResult_isRecordedOnce_whicheverLedgerReadsItFirst() {
    ledger.record(CONFIRM, claimed(1, T0));
    ledger.record(CONFIRM, new Change.Accepted("REQ-1", T0));
    Change failed =
        new Change.Carried(new CarrierResult("3018", "fail", "", ""), T0.plusSeconds(60));

    assertThat(ledger.record(CONFIRM, failed)).isTrue();
    assertThat(sameStorage().record(CONFIRM, failed)).isFalse();
    assertThat(
            ledger.record(
                CONFIRM,
                new Change.Carried(new CarrierResult("0", "success", "", ""), T0.plusSeconds(90))))
        .isFalse();
    assertThat(ledger.get(CONFIRM).orElseThrow().state()).isEqualTo(MessageState.FAILED_AT_CARRIER);
  }

  @Test
  void aCarrierResult_isNotRecordedForAnEntryNeverAccepted() {
    ledger.record(CONFIRM, claimed(1, T0));

    assertThat(ledger.record(CONFIRM, new Change.Carried(new CarrierResult("0", "", "", ""), T0)))
        .isFalse();
    assertThat(ledger.get(CONFIRM).orElseThrow().state()).isEqualTo(MessageState.CLAIMED);
  }

  @Test
  void aMoveOfAMissingEntry_isNotApplied() {
    assertThat(ledger.record(CONFIRM, new Change.Moved(MessageState.UNCERTAIN, "timeout", T0)))
        .isFalse();
    assertThat(ledger.get(CONFIRM)).isEmpty();
  }

  @Test
  void theSameChangeAgain_addsNoHistory() {
    Change suppressed = new Change.Opened(TEXT, MessageState.SUPPRESSED, 0, "comparison mode", T0);
    ledger.record(CONFIRM, suppressed);

    assertThat(
            ledger.record(
                CONFIRM,
                new Change.Opened(
                    TEXT, MessageState.SUPPRESSED, 0, "comparison mode", T0.plusSeconds(300))))
        .isFalse();
    assertThat(ledger.get(CONFIRM).orElseThrow().history()).hasSize(1);
  }

  @Test
  void aDeliberateResend_isASecondEntry() {
    ledger.record(CONFIRM, claimed(1, T0));
    ledger.record(CONFIRM.next(), claimed(1, T0.plusSeconds(60)));

    assertThat(ledger.find(LedgerQuery.all().withBooking(CONFIRM.bookingNum())))
        .extracting(LedgerEntry::key)
        .containsExactly(CONFIRM.next(), CONFIRM);
  }

  @Test
  void entries_areFoundByBookingPhoneDateStateAndMessage_newestFirst() {
    LedgerKey other =
        LedgerKey.first("1000001_9300000002", "remind_sms", "2026-11-28T10:00", "01000001111");
    LedgerMessage otherText =
        new LedgerMessage(
            "01000001111", "Reminder", "reminder", "sms", "SMS", "0212345678", "", "내일 뵙겠습니다");
    ledger.record(CONFIRM, claimed(1, T0));
    ledger.record(CONFIRM, new Change.Accepted("REQ-1", T0));
    ledger.record(
        other,
        new Change.Opened(otherText, MessageState.CLAIMED, 1, "", T0.plus(Duration.ofDays(1))));

    assertThat(keys(LedgerQuery.all())).containsExactly(other, CONFIRM);
    assertThat(keys(LedgerQuery.all().withBooking("1000001_9300000001"))).containsExactly(CONFIRM);
    assertThat(keys(LedgerQuery.all().withPhone("010-0000-5678"))).containsExactly(CONFIRM);
    assertThat(keys(LedgerQuery.all().withPhone("1111"))).containsExactly(other);
    assertThat(keys(LedgerQuery.all().withPhone("0000"))).isEmpty();
    assertThat(keys(LedgerQuery.all().withDate(LocalDate.of(2026, 11, 28)))).containsExactly(other);
    assertThat(keys(LedgerQuery.all().withState(MessageState.ACCEPTED))).containsExactly(CONFIRM);
    assertThat(keys(LedgerQuery.all().withMessage("remind_sms"))).containsExactly(other);
    assertThat(keys(LedgerQuery.all().withPhone("5678").withState(MessageState.CLAIMED))).isEmpty();
  }

  @Test
  void awaitingCarrier_listsAcceptedEntriesOfTheWindow_oldestFirst_upToTheLimit() {
    for (int i = 1; i <= 4; i++) {
      LedgerKey k = LedgerKey.first("1000001_930000000" + i, "confirm_sms", "-", "0100000000" + i);
      ledger.record(k, claimed(1, T0.plusSeconds(i)));
      ledger.record(k, new Change.Accepted("REQ-" + i, T0.plusSeconds(10 - i)));
    }
    LedgerKey delivered = LedgerKey.first("1000001_9300000001", "confirm_sms", "-", "01000000001");
    ledger.record(
        delivered,
        new Change.Carried(new CarrierResult("0", "success", "", ""), T0.plusSeconds(20)));

    List<LedgerEntry> due = ledger.awaitingCarrier(T0, T0.plusSeconds(9), 2);

    assertThat(due).extracting(LedgerEntry::requestId).containsExactly("REQ-4", "REQ-3");
    assertThat(ledger.awaitingCarrier(T0.plusSeconds(8), T0.plusSeconds(60), 10))
        .extracting(LedgerEntry::requestId)
        .containsExactly("REQ-2");
  }

  @Test
  void retention_removesEntriesUnchangedForLongerThanIt() {
    LedgerKey recent = CONFIRM.next();
    ledger.record(CONFIRM, claimed(1, T0));
    ledger.record(recent, claimed(1, T0.plus(Duration.ofDays(10))));

    assertThat(expire(T0.plus(RETENTION).minusSeconds(1))).isZero();
    assertThat(expire(T0.plus(RETENTION).plusSeconds(1))).isEqualTo(1);
    assertThat(keys(LedgerQuery.all())).containsExactly(recent);
  }

  @Test
  void retention_isTheConfiguredOne_countedFromTheLastChange() {
    Duration thirtyDays = Duration.ofDays(30);
    ledger = newLedger(thirtyDays);
    ledger.record(CONFIRM, claimed(1, T0));
    ledger.record(CONFIRM, new Change.Accepted("REQ-1", T0.plus(Duration.ofDays(20))));
    Instant lastChange = T0.plus(Duration.ofDays(20));

    assertThat(expire(lastChange.plus(thirtyDays).minusSeconds(1)))
        .as("kept until the retention after its last change, not its first")
        .isZero();
    assertThat(expire(lastChange.plus(thirtyDays).plusSeconds(1))).isEqualTo(1);
    assertThat(ledger.get(CONFIRM)).isEmpty();
  }

  @Test
  void concurrentWrites_toOneEntry_loseNothing() throws Exception {
    ledger.record(CONFIRM, claimed(1, T0));
    MessageLedger second = sameStorage();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = pool.submit(() -> write(ledger, "a"));
      Future<?> b = pool.submit(() -> write(second, "b"));
      a.get();
      b.get();
    } finally {
      pool.shutdownNow();
    }

    assertThat(ledger.get(CONFIRM).orElseThrow().history()).hasSize(21);
  }

  private static void write(MessageLedger to, String who) {
    for (int i = 0; i < 10; i++) {
      to.record(CONFIRM, new Change.Moved(MessageState.DEFERRED, who + i, T0.plusSeconds(i)));
    }
  }

  private List<LedgerKey> keys(LedgerQuery query) {
    return ledger.find(query).stream().map(LedgerEntry::key).toList();
  }
}
