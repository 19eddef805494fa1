package com.naversms.core.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.fakes.InMemoryMessageLedger;
import com.naversms.core.fakes.InMemoryStateStore;
import com.naversms.core.fakes.ScriptedSmsSender;
import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerMessage;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.RecordKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code messages resolve} and {@code resend} on the in-memory ledger and state. */
class OperatorActionsTest {
  private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z"); // 12:00 KST
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final LedgerKey KEY =
      LedgerKey.first("1000001_9300000001", "confirm_sms", "2026-12-04T14:00", "01000000005");
  private static final MessageKey ITEM =
      new MessageKey(new RecordKey("1000001_9300000001", "010-0000-0005"), "confirm_sms");
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

  private final InMemoryMessageLedger ledger = new InMemoryMessageLedger();
  private final InMemoryStateStore state = new InMemoryStateStore();
  private final ScriptedSmsSender sender = new ScriptedSmsSender();

  @Test
  void uncertainResolvedNotDelivered_releasesTheClaimWithoutAnAttempt_andRecordsWhoAndWhy() {
    uncertain();

    var outcome = resolving().resolve(KEY, false, "kim", "customer says nothing came");

    assertThat(outcome).isInstanceOf(Resolving.Outcome.Resolved.class);
    assertThat(state.claims()).doesNotContainKey(ITEM);
    assertThat(state.failedAttempts(ITEM)).isZero();
    var record = state.all().get(ITEM.record());
    assertThat(record == null || !record.confirmSms()).as("flag unset").isTrue();
    var entry = ledger.get(KEY).orElseThrow();
    assertThat(entry.state()).isEqualTo(MessageState.RESOLVED_NOT_DELIVERED);
    assertThat(entry.history().getLast().detail())
        .isEqualTo("resolved not delivered by kim: customer says nothing came");
    assertThat(entry.history().getLast().at()).isEqualTo(NOW);
  }

  @Test
  void uncertainResolvedDelivered_setsTheFlag() {
    uncertain();

    resolving().resolve(KEY, true, "kim", "");

    assertThat(state.read(java.util.List.of(ITEM.record())).get(ITEM.record()).confirmSms())
        .isTrue();
    assertThat(state.claims()).doesNotContainKey(ITEM);
    assertThat(ledger.get(KEY).orElseThrow().state()).isEqualTo(MessageState.RESOLVED_DELIVERED);
  }

  @Test
  void aMessageThatIsNotUncertain_isNotResolved() {
    ledger.record(KEY, new Change.Opened(TEXT, MessageState.ACCEPTED, 1, "", NOW));

    assertThat(resolving().resolve(KEY, false, "kim", ""))
        .isInstanceOf(Resolving.Outcome.Refused.class);
    assertThat(resolving().resolve(KEY.next(), false, "kim", ""))
        .isInstanceOf(Resolving.Outcome.Refused.class);
  }

  @Test
  void resendTwice_sendsTwice_asTwoNewEntries() {
    delivered();
    sender.then(new SendResult.Accepted("r-2"), new SendResult.Accepted("r-3"));

    var first = resending().resend(KEY, "kim", "lost it", false);
    var second = resending().resend(KEY, "kim", "lost it again", false);

    assertThat(first).isEqualTo(new Resending.Outcome.Sent(KEY.next(), "r-2"));
    assertThat(second).isEqualTo(new Resending.Outcome.Sent(KEY.next().next(), "r-3"));
    assertThat(sender.messages())
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.text()).isEqualTo(TEXT.text()));
    assertThat(ledger.get(KEY.next().next()).orElseThrow().history().getFirst().detail())
        .isEqualTo("resend of " + KEY.id() + " by kim: lost it again");
    assertThat(ledger.get(KEY.next().next()).orElseThrow().requestId()).isEqualTo("r-3");
  }

  @Test
  void resendAfterTheSlot_isRefusedUnlessForced() {
    LedgerKey past =
        LedgerKey.first("1000001_9300000001", "confirm_sms", "2026-12-04T11:00", "01000000005");
    ledger.record(past, new Change.Opened(TEXT, MessageState.ACCEPTED, 1, "", NOW));
    sender.then(new SendResult.Accepted("r-9"));

    assertThat(resending().resend(past, "kim", "", false))
        .isInstanceOf(Resending.Outcome.Refused.class);
    assertThat(sender.messages()).isEmpty();
    assertThat(resending().resend(past, "kim", "", true))
        .isInstanceOf(Resending.Outcome.Sent.class);
  }

  @Test
  void resendOfAnUnsentMessage_takesTheCyclesClaim_andSetsTheFlagOnceAccepted() {
    ledger.record(KEY, new Change.Opened(TEXT, MessageState.FAILED, 1, "HTTP 500", NOW));
    sender.then(new SendResult.Accepted("r-2"));

    resending().resend(KEY, "kim", "", false);

    assertThat(state.read(java.util.List.of(ITEM.record())).get(ITEM.record()).confirmSms())
        .isTrue();
    assertThat(state.requestId(ITEM)).isEqualTo("r-2");
  }

  @Test
  void resendWhileAClaimHoldsIt_isRefused_andTheKillSwitchSendsNothing() {
    uncertain();
    assertThat(resending().resend(KEY, "kim", "", false))
        .isInstanceOf(Resending.Outcome.Refused.class);

    LedgerKey other =
        LedgerKey.first("1000001_9300000002", "confirm_sms", "2026-12-04T14:00", "01000000006");
    ledger.record(other, new Change.Opened(TEXT, MessageState.FAILED, 1, "", NOW));
    sender.then(new SendResult.Suppressed("SENS_DELIVERY_ENABLED is off"));
    var outcome = resending().resend(other, "kim", "", false);

    assertThat(outcome).isInstanceOf(Resending.Outcome.NotSent.class);
    assertThat(ledger.get(other.next()).orElseThrow().state()).isEqualTo(MessageState.SUPPRESSED);
    assertThat(state.claims()).containsOnlyKeys(ITEM); // the uncertain one's, not the resend's
  }

  private void uncertain() {
    state.putClaim(ITEM, NOW.minusSeconds(3600));
    ledger.record(
        KEY, new Change.Opened(TEXT, MessageState.CLAIMED, 1, "", NOW.minusSeconds(3600)));
    ledger.record(
        KEY, new Change.Moved(MessageState.UNCERTAIN, "read timeout", NOW.minusSeconds(3590)));
  }

  private void delivered() {
    state.markDelivered(ITEM, "r-1", NOW.minusSeconds(3600));
    ledger.record(
        KEY, new Change.Opened(TEXT, MessageState.CLAIMED, 1, "", NOW.minusSeconds(3600)));
    ledger.record(KEY, new Change.Accepted("r-1", NOW.minusSeconds(3599)));
  }

  private Resolving resolving() {
    return new Resolving(ledger, state, CLOCK);
  }

  private Resending resending() {
    return new Resending(ledger, state, sender, CLOCK, 3);
  }
}
