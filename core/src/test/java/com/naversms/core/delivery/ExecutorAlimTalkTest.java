package com.naversms.core.delivery;

import static com.naversms.core.delivery.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.cost.CostTable;
import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.fakes.InMemoryMessageLedger;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.ledger.StateChange;
import com.naversms.core.observability.LogField;
import com.naversms.core.plan.Message;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import org.junit.jupiter.api.Test;

/**
 * A message with an AlimTalk variant: AlimTalk where the sender carries it, else its SMS/LMS; an
 * AlimTalk refusal sends the SMS/LMS in the same claim, with one operator alert per template.
 */
class ExecutorAlimTalkTest {
  final Harness h = new Harness();
  final InMemoryMessageLedger ledger = new InMemoryMessageLedger();

  ExecutorAlimTalkTest() {
    h.ledger = ledger;
  }

  private static Outcome.Sent sent(CycleReport report, int index) {
    return (Outcome.Sent)
        report.results().stream()
            .filter(r -> r.step() instanceof com.naversms.core.plan.Delivery.Send)
            .toList()
            .get(index)
            .outcome();
  }

  private long alerts() {
    return h.telegram.texts().stream().filter(t -> t.startsWith("⚠️ 알림톡 발송 거부")).count();
  }

  @Test
  void withAlimTalkOn_theMessageGoesAsAlimTalk_andTheLedgerSaysSo() {
    h.sender.carryingAlimTalk();

    CycleReport report =
        h.run(
            aPlan().alimTalk("Confirm", "1000001", 1001, Flags.CONFIRM, "booking_confirm").build());

    assertThat(h.sender.messages()).singleElement().isInstanceOf(Message.AlimTalk.class);
    assertThat(sent(report, 0).channel()).isEqualTo(Message.Channel.ALIMTALK);
    assertThat(report.sentCosts(CostTable.DEFAULTS).korean()).isEqualTo("알림톡 1건 7.5원, 합계 7.5원");
    LedgerEntry e = ledger.all().getFirst();
    assertThat(e.message().channel()).isEqualTo("alimtalk");
    assertThat(e.message().type()).isEqualTo("LMS");
    assertThat(e.message().text())
        .as("the SMS/LMS text: what a resend sends")
        .isEqualTo("예약이 확정되었습니다");
    assertThat(e.state()).isEqualTo(MessageState.ACCEPTED);
    assertThat(h.store.requestId(new MessageKey(PlanBuilder.keyOf("1000001", 1001), Flags.CONFIRM)))
        .isEqualTo(e.requestId());
  }

  @Test
  void withAlimTalkOff_theSmsGoes() {
    CycleReport report =
        h.run(
            aPlan().alimTalk("Confirm", "1000001", 1001, Flags.CONFIRM, "booking_confirm").build());

    assertThat(h.sender.messages()).singleElement().isInstanceOf(Message.Sms.class);
    assertThat(sent(report, 0).channel()).isEqualTo(Message.Channel.SMS);
    assertThat(ledger.all().getFirst().message().channel()).isEqualTo("sms");
  }

  @Test
  void aRefusedTemplate_goesAsSmsInTheSameClaim_withOneAlertForTheCycle() {
    h.settings = ExecutionSettings.live().withSendConcurrency(1); // the script in plan order
    h.sender.carryingAlimTalk();
    SendResult refused = new SendResult.Refused("TEMPLATE_NOT_FOUND", "HTTP 400: no template");
    h.sender.then(refused, new SendResult.Accepted("S-1"), refused, new SendResult.Accepted("S-2"));

    CycleReport report =
        h.run(
            aPlan()
                .alimTalk("Confirm", "1000001", 1001, Flags.CONFIRM, "booking_confirm")
                .alimTalk("Confirm", "1000001", 1002, Flags.CONFIRM, "booking_confirm")
                .build());

    assertThat(h.sender.messages())
        .extracting(Message::channel)
        .containsExactly(
            Message.Channel.ALIMTALK,
            Message.Channel.SMS,
            Message.Channel.ALIMTALK,
            Message.Channel.SMS);
    assertThat(sent(report, 0).channel()).isEqualTo(Message.Channel.SMS);
    assertThat(sent(report, 0).fallback()).startsWith("TEMPLATE_NOT_FOUND");
    assertThat(sent(report, 0).attempt()).isEqualTo(1);
    assertThat(report.sent()).isEqualTo(2);
    assertThat(report.sentCosts(CostTable.DEFAULTS).korean())
        .as("refused AlimTalk messages went, and cost, as their LMS")
        .isEqualTo("LMS 2건 60원, 합계 60원");
    assertThat(alerts()).isEqualTo(1);
    assertThat(h.slack.texts()).filteredOn(t -> t.contains("알림톡 발송 거부")).hasSize(1);
    assertThat(h.log.withField(LogField.ERROR_TYPE, "AlimTalkRefused")).hasSize(1);
    LedgerEntry first =
        ledger.all().stream().filter(e -> e.requestId().equals("S-1")).findFirst().orElseThrow();
    assertThat(first.message().channel()).isEqualTo("sms");
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.history())
        .extracting(StateChange::detail)
        .anyMatch(d -> d.startsWith("AlimTalk refused (TEMPLATE_NOT_FOUND"));
  }

  @Test
  void aRefusalWhoseSmsFails_isOneFailedAttempt_retriedNextCycle() {
    h.sender.carryingAlimTalk();
    h.sender.then(
        new SendResult.Refused("CONTENT_MISMATCH", "HTTP 400"), new SendResult.Failed("HTTP 503"));

    CycleReport report =
        h.run(
            aPlan().alimTalk("Confirm", "1000001", 1001, Flags.CONFIRM, "booking_confirm").build());

    assertThat(report.smsFailed()).isEqualTo(1);
    assertThat(alerts()).isEqualTo(1);
    assertThat(ledger.all().getFirst().state()).isEqualTo(MessageState.FAILED);
    assertThat(ledger.all().getFirst().attempts()).isEqualTo(1);
  }

  @Test
  void anotherRejection_isAFailedSend_noSmsInstead() {
    h.sender.carryingAlimTalk();
    h.sender.then(new SendResult.Rejected(400, "HTTP 400: invalid number"));

    CycleReport report =
        h.run(
            aPlan().alimTalk("Confirm", "1000001", 1001, Flags.CONFIRM, "booking_confirm").build());

    assertThat(h.sender.messages()).hasSize(1);
    assertThat(report.smsFailed()).isEqualTo(1);
    assertThat(alerts()).isZero();
  }

  @Test
  void aSuppressedSender_sendsNothingOnEitherChannel() {
    h.sender.carryingAlimTalk();
    h.sender.then(new SendResult.Suppressed("comparison mode"));

    CycleReport report =
        h.run(
            aPlan().alimTalk("Confirm", "1000001", 1001, Flags.CONFIRM, "booking_confirm").build());

    assertThat(h.sender.messages()).hasSize(1);
    assertThat(report.sent()).isZero();
    assertThat(alerts()).isZero();
  }
}
