package com.naversms.adapters.statecontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.fakes.ScriptedSmsSender;
import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerMessage;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.operator.Resending;
import com.naversms.core.operator.Resolving;
import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.ClaimWindow;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code messages list|resolve|resend} behave the same on every store: the operator use cases over
 * one implementation's {@code sms} item and message ledger (SQLite, DynamoDB Local, in memory).
 */
public abstract class OperatorContract {
  private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z"); // 12:00 KST
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String BOOKING = "1000001_9300000001";
  private static final MessageKey ITEM =
      new MessageKey(new RecordKey(BOOKING, "010-0000-0005"), "confirm_sms");
  private static final LedgerKey KEY =
      LedgerKey.first(BOOKING, "confirm_sms", "2026-12-04T14:00", "01000000005");
  private static final LedgerMessage TEXT =
      new LedgerMessage(
          "01000000005",
          "New Booking Confirmation",
          "confirmation",
          "sms",
          "SMS",
          "01000000001",
          "",
          "예약이 확정되었습니다.");

  /** One implementation's state store and ledger on fresh storage. */
  public record Stores(StateStore state, MessageLedger ledger) {}

  protected abstract Stores newStores();

  private StateStore state;
  private MessageLedger ledger;
  private final ScriptedSmsSender sender = new ScriptedSmsSender();

  @BeforeEach
  void fresh() {
    Stores stores = newStores();
    state = stores.state();
    ledger = stores.ledger();
  }

  @Test
  void uncertainResolvedNotDelivered_theCycleCanClaimItAgain_withoutAnAttemptUsed() {
    uncertain();

    var outcome = new Resolving(ledger, state, CLOCK).resolve(KEY, false, "kim", "no SMS");

    assertThat(outcome).isInstanceOf(Resolving.Outcome.Resolved.class);
    assertThat(state.claim(ITEM, new MessageOrigin("r", "t"), 3, NOW.plusSeconds(60)))
        .isEqualTo(new ClaimOutcome.Claimed(1));
    LedgerEntry entry = ledger.get(KEY).orElseThrow();
    assertThat(entry.state()).isEqualTo(MessageState.RESOLVED_NOT_DELIVERED);
    assertThat(entry.history().getLast().detail())
        .isEqualTo("resolved not delivered by kim: no SMS");
  }

  @Test
  void uncertainResolvedDelivered_noCycleClaimsItAgain() {
    uncertain();

    new Resolving(ledger, state, CLOCK).resolve(KEY, true, "kim", "");

    assertThat(state.claim(ITEM, new MessageOrigin("r", "t"), 3, NOW.plusSeconds(60)))
        .isInstanceOf(ClaimOutcome.AlreadyDelivered.class);
    assertThat(ledger.get(KEY).orElseThrow().state()).isEqualTo(MessageState.RESOLVED_DELIVERED);
  }

  @Test
  void exhaustedResolvedDelivered_isNoLongerReported_andNoCycleClaimsIt() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      Instant at = NOW.minusSeconds(3600 - attempt * 60L);
      state.claim(ITEM, new MessageOrigin("New Booking Confirmation", "confirmation"), 3, at);
      state.releaseFailed(ITEM, "HTTP 400: invalid number", at);
    }
    ledger.record(
        KEY, new Change.Opened(TEXT, MessageState.EXHAUSTED, 3, "HTTP 400", NOW.minusSeconds(60)));
    assertThat(state.unsettled(ClaimWindow.around(NOW, Duration.ofMinutes(10)), 3))
        .as("reported every cycle before")
        .hasSize(1);

    var outcome = new Resolving(ledger, state, CLOCK).resolve(KEY, true, "kim", "told by phone");

    assertThat(outcome).isInstanceOf(Resolving.Outcome.Resolved.class);
    assertThat(state.unsettled(ClaimWindow.around(NOW, Duration.ofMinutes(10)), 3)).isEmpty();
    assertThat(state.claim(ITEM, new MessageOrigin("r", "t"), 3, NOW.plusSeconds(60)))
        .isInstanceOf(ClaimOutcome.AlreadyDelivered.class);
    assertThat(ledger.get(KEY).orElseThrow().state()).isEqualTo(MessageState.RESOLVED_DELIVERED);
  }

  @Test
  void exhaustedResolvedNotDelivered_isRefused() {
    ledger.record(KEY, new Change.Opened(TEXT, MessageState.EXHAUSTED, 3, "HTTP 400", NOW));

    assertThat(new Resolving(ledger, state, CLOCK).resolve(KEY, false, "kim", ""))
        .isInstanceOf(Resolving.Outcome.Refused.class);
    assertThat(ledger.get(KEY).orElseThrow().state()).isEqualTo(MessageState.EXHAUSTED);
  }

  @Test
  void resendTwice_twoEntries_listedNewestFirstByTheLastFourDigits() {
    state.markDelivered(ITEM, "r-1", NOW.minusSeconds(3600));
    ledger.record(
        KEY, new Change.Opened(TEXT, MessageState.CLAIMED, 1, "", NOW.minusSeconds(3600)));
    ledger.record(KEY, new Change.Accepted("r-1", NOW.minusSeconds(3599)));
    sender.then(new SendResult.Accepted("r-2"), new SendResult.Accepted("r-3"));
    Resending resending = new Resending(ledger, state, sender, tick(), 3);

    resending.resend(KEY, "kim", "lost", false);
    resending.resend(KEY, "kim", "lost again", false);

    assertThat(sender.messages()).hasSize(2);
    assertThat(ledger.find(LedgerQuery.all().withPhone("0005")))
        .extracting(e -> e.key().sequence(), LedgerEntry::requestId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "r-3"),
            org.assertj.core.groups.Tuple.tuple(2, "r-2"),
            org.assertj.core.groups.Tuple.tuple(1, "r-1"));
  }

  private void uncertain() {
    state.claim(
        ITEM,
        new MessageOrigin("New Booking Confirmation", "confirmation"),
        3,
        NOW.minusSeconds(3600));
    ledger.record(
        KEY, new Change.Opened(TEXT, MessageState.CLAIMED, 1, "", NOW.minusSeconds(3600)));
    ledger.record(
        KEY, new Change.Moved(MessageState.UNCERTAIN, "read timeout", NOW.minusSeconds(3590)));
  }

  /** A clock a second further on each call, so each resend is opened after the one before. */
  private static Clock tick() {
    return new Clock() {
      private Instant at = NOW;

      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public synchronized Instant instant() {
        at = at.plusSeconds(1);
        return at;
      }
    };
  }
}
