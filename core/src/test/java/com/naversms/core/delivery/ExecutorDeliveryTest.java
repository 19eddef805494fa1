package com.naversms.core.delivery;

import static com.naversms.core.delivery.PlanBuilder.aPlan;
import static com.naversms.core.delivery.PlanBuilder.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.observability.MetricName;
import com.naversms.core.plan.Plan;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExecutorDeliveryTest {
  static final MessageOrigin ORIGIN = new MessageOrigin("New Booking Confirmation", "confirmation");
  final Harness h = new Harness();
  final MessageKey confirm = new MessageKey(keyOf("1051707", 1001), Flags.CONFIRM);

  @Test
  void acceptedSms_setsItsFlagKeepsTheRequestIdAndSendsTheTelegramLine() {
    CycleReport report = h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(report.sent()).isEqualTo(1);
    assertThat(h.store.all().get(confirm.record()).confirmSms()).isTrue();
    assertThat(h.store.requestId(confirm)).isEqualTo("req-1");
    assertThat(h.store.claims()).isEmpty();
    assertThat(h.telegram.texts()).containsExactly("예약확정 강남 김민수 1001");
    assertThat(h.metrics.total(MetricName.SMS_SENT)).isEqualTo(1.0);
    assertThat(report.sentByTemplate()).containsEntry("booking_confirm", 1);
  }

  @Test
  void failedSend_leavesTheFlagUnset_isRetriedNextCycles_thenReportedExhausted() {
    h.settings = h.settings.withMaxAttempts(3);
    h.sender.then(
        new SendResult.Failed("HTTP 500"),
        new SendResult.Rejected(400, "invalid to"),
        new SendResult.Failed("HTTP 503"));
    Plan plan = aPlan().confirmation("1051707", 1001).build();

    CycleReport first = h.run(plan);
    CycleReport second = h.run(plan);
    CycleReport third = h.run(plan);
    CycleReport fourth = h.run(plan);

    assertThat(h.sender.messages()).hasSize(3);
    assertThat(h.store.all().get(confirm.record()).confirmSms()).isFalse();
    assertThat(first.smsFailed()).isEqualTo(1);
    assertThat(first.failures().get(0).outcome())
        .isEqualTo(
            new Outcome.Failed(
                "SendFailed", "HTTP 500 (attempt 1 of 3, retried next cycle)", false));
    assertThat(second.failures().get(0).outcome())
        .isInstanceOfSatisfying(
            Outcome.Failed.class, f -> assertThat(f.errorType()).isEqualTo("SensRejected"));
    assertThat(third.failures().get(0).outcome())
        .isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.permanent()).isTrue());
    // issue 11: running out of attempts is its own outcome and metric, reported every cycle
    assertThat(fourth.failures()).isEmpty();
    assertThat(fourth.exhaustedMessages())
        .singleElement()
        .extracting(ActionResult::outcome)
        .isEqualTo(new Outcome.Exhausted(3, ""));
    assertThat(fourth.hasProblems()).isTrue();
    assertThat(h.telegram.texts()).isEmpty();
    assertThat(h.metrics.total(MetricName.SMS_FAILED)).isEqualTo(3.0);
    assertThat(h.metrics.total(MetricName.SMS_EXHAUSTED)).isEqualTo(1.0);
  }

  @Test
  void uncertainSend_keepsTheClaim_isNeverResent_andIsReportedOnceTheClaimIsStale() {
    h.sender.then(new SendResult.Uncertain("read timed out"));
    Plan plan = aPlan().confirmation("1051707", 1001).build();

    CycleReport first = h.run(plan);
    h.advance(Duration.ofMinutes(5));
    CycleReport soon = h.run(plan);
    h.advance(Duration.ofMinutes(15));
    CycleReport later = h.run(plan);

    assertThat(h.sender.messages()).hasSize(1);
    assertThat(first.uncertain()).isEqualTo(1);
    assertThat(soon.uncertain()).isZero();
    assertThat(soon.skipped()).isGreaterThanOrEqualTo(1);
    assertThat(later.uncertain()).isEqualTo(1);
    assertThat(h.store.claims()).containsKey(confirm);
    assertThat(h.store.all().get(confirm.record()).confirmSms()).isFalse();
    assertThat(h.metrics.total(MetricName.UNCERTAIN_DELIVERIES)).isEqualTo(2.0);
  }

  @Test
  void alreadyDeliveredMessage_isSkippedWithoutSending() {
    h.run(aPlan().confirmation("1051707", 1001).build());

    CycleReport again = h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(h.sender.messages()).hasSize(1);
    assertThat(again.sent()).isZero();
    assertThat(again.results())
        .extracting(ActionResult::outcome)
        .contains(new Outcome.Skipped("already delivered"), new Outcome.Skipped("record exists"));
    assertThat(h.telegram.texts()).hasSize(1);
  }

  @Test
  void messageClaimedByAnotherRunningCycle_isSkipped() {
    h.store.claim(confirm, ORIGIN, 3, h.now.minusSeconds(30));

    CycleReport report = h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(h.sender.messages()).isEmpty();
    assertThat(report.uncertain()).isZero();
    assertThat(report.sent()).isZero();
  }

  @Test
  void acceptedButNotRecorded_countsAsSent_keepsTheClaim_andIsReportedUncertainLater() {
    var faulty =
        new com.naversms.core.fakes.FaultyStateStore(
            h.store,
            step ->
                step.operation().equals("markDelivered") && !step.after()
                    ? new com.naversms.core.state.StateStoreException("throttled")
                    : null);
    Plan plan = aPlan().confirmation("1051707", 1001).build();

    CycleReport first = h.run(plan, faulty);
    h.advance(Duration.ofMinutes(20));
    CycleReport next = h.run(plan);

    assertThat(first.sent()).isEqualTo(1);
    assertThat(h.sender.messages()).hasSize(1);
    assertThat(next.uncertain()).isEqualTo(1);
  }
}
