package com.naversms.core.delivery;

import static com.naversms.core.delivery.PlanBuilder.aPlan;
import static com.naversms.core.delivery.PlanBuilder.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.fakes.InMemoryStateStore;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import com.naversms.core.plan.Plan;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SENS refusing the account's credentials stops the cycle's sends without using attempts; messages
 * out of attempts and claims dated in the future are reported every cycle (issue 11 items 1, 2,
 * 13).
 */
class ExecutorAccountAndLedgerTest {
  final Harness h = new Harness();
  final MessageKey confirm = new MessageKey(keyOf("1051707", 1001), Flags.CONFIRM);

  static Plan bookings(long count) {
    PlanBuilder plan = aPlan();
    LongStream.rangeClosed(1001, 1000 + count).forEach(id -> plan.confirmation("1051707", id));
    return plan.build();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void sensRefusingTheCredentials_stopsEverySend_usesNoAttempt_andAlertsOnce(int lanes) {
    h.settings = h.settings.withSendConcurrency(lanes);
    InMemoryStateStore store = h.store;
    Executor executor =
        new Executor(
            store,
            m -> new SendResult.Unauthorized(401, "HTTP 401: Authentication Failed"),
            Channels.of(h.telegram, h.slack),
            h.log,
            h.metrics,
            h.clock(),
            h.settings);

    CycleReport report = executor.execute(bookings(12));

    assertThat(report.sent()).isZero();
    assertThat(report.smsFailed()).isZero();
    assertThat(report.deferred()).isEqualTo(12);
    assertThat(report.sendingStopped()).contains("HTTP 401: Authentication Failed");
    assertThat(report.hasProblems()).isTrue();
    assertThat(store.claims()).isEmpty();
    LongStream.rangeClosed(1001, 1012)
        .forEach(id -> {
          MessageKey key = new MessageKey(keyOf("1051707", id), Flags.CONFIRM);
          assertThat(store.failedAttempts(key)).isZero();
          // the rule is recorded for every deferred message: the retry pass plans it next cycle
          assertThat(store.read(java.util.List.of(key.record())).get(key.record()).extra())
              .containsEntry("confirm_sms_rule", "New booking confirmation");
        });
    assertThat(h.metrics.total(MetricName.SENS_AUTH_FAILURES)).isEqualTo(1.0);
    assertThat(h.metrics.total(MetricName.SMS_FAILED)).isZero();
    assertThat(h.log.withField(LogField.ERROR_TYPE, "SensUnauthorized"))
        .filteredOn(e -> e.level() == LogEvent.Level.ERROR)
        .singleElement()
        .satisfies(e ->
            assertThat(e.fields())
                .containsEntry(LogField.ERROR_MESSAGE, "HTTP 401: Authentication Failed"));
    assertThat(h.telegram.texts()).isEmpty(); // the rule's lines wait for their SMS
  }

  @Test
  void afterTheRefusal_theNextCycleSendsNormally() {
    // one lane: with several, a send already in flight beside the refused one may still be accepted
    h.settings = h.settings.withSendConcurrency(1);
    h.sender.then(new SendResult.Unauthorized(403, "HTTP 403: Forbidden"));
    Plan plan = bookings(3);

    CycleReport refused = h.run(plan);
    CycleReport next = h.run(plan);

    assertThat(refused.deferred()).isEqualTo(3);
    assertThat(h.sender.messages()).hasSize(4); // one refused, then three accepted
    assertThat(next.sent()).isEqualTo(3);
    assertThat(next.hasProblems()).isFalse();
    assertThat(h.metrics.total(MetricName.SENS_AUTH_FAILURES)).isEqualTo(1.0);
  }

  @Test
  void exhaustedMessage_isReportedEveryCycle_evenWhenNoLongerPlanned() {
    h.settings = h.settings.withMaxAttempts(2);
    h.sender.then(new SendResult.Failed("HTTP 503"), new SendResult.Failed("HTTP 503"));
    Plan plan = aPlan().confirmation("1051707", 1001).build();
    h.run(plan);
    h.run(plan);

    CycleReport third = h.run(aPlan().build());
    CycleReport fourth = h.run(aPlan().build());

    for (CycleReport r : java.util.List.of(third, fourth)) {
      assertThat(r.exhaustedMessages())
          .singleElement()
          .satisfies(x -> {
            assertThat(x.key()).isEqualTo(confirm);
            assertThat(x.outcome()).isEqualTo(new Outcome.Exhausted(2, "HTTP 503"));
          });
      assertThat(r.hasProblems()).isTrue();
    }
    assertThat(h.metrics.total(MetricName.SMS_EXHAUSTED)).isEqualTo(2.0);
    assertThat(h.log.withField(LogField.ERROR_TYPE, "AttemptsExhausted")).hasSize(2);
  }

  @Test
  void exhaustedMessage_resolvedByAnOperator_isNoLongerReported() {
    h.settings = h.settings.withMaxAttempts(1);
    h.sender.then(new SendResult.Failed("HTTP 503"));
    h.run(aPlan().confirmation("1051707", 1001).build());

    h.store.setFlag(confirm, true, h.now); // docs/state.md section 5: resolved by hand
    CycleReport next = h.run(aPlan().build());

    assertThat(next.exhausted()).isZero();
    assertThat(next.hasProblems()).isFalse();
  }

  @Test
  void claimFarInTheFuture_isAnUncertainDeliveryAtOnce() {
    h.store.putClaim(confirm, h.now.plus(Duration.ofHours(3)));

    CycleReport planned = h.run(aPlan().confirmation("1051707", 1001).build());
    CycleReport unplanned = h.run(aPlan().build());

    assertThat(h.sender.messages()).isEmpty();
    assertThat(planned.uncertain()).isEqualTo(1);
    assertThat(planned.uncertainDeliveries().get(0).outcome())
        .isInstanceOfSatisfying(
            Outcome.Uncertain.class, u -> assertThat(u.reason()).contains("in the future"));
    assertThat(unplanned.uncertain()).isEqualTo(1);
  }

  @Test
  void claimAFewMinutesInTheFuture_isAnotherCycleSending_untilStaleAfterItsDate() {
    h.store.putClaim(confirm, h.now.plus(Duration.ofMinutes(5)));
    Plan plan = aPlan().confirmation("1051707", 1001).build();

    CycleReport now = h.run(plan);
    h.advance(Duration.ofMinutes(20));
    CycleReport later = h.run(plan);

    assertThat(now.uncertain()).isZero();
    assertThat(later.uncertain()).isEqualTo(1);
    assertThat(h.sender.messages()).isEmpty();
  }

  @Test
  void theClaimRecordsTheRuleAndTemplate_forTheRetryPass() {
    h.sender.then(new SendResult.Failed("HTTP 503"));

    h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(h.store.read(java.util.List.of(confirm.record())).get(confirm.record()).extra())
        .containsEntry("confirm_sms_rule", "New booking confirmation")
        .containsEntry("confirm_sms_attempts", 1L)
        .containsKey("confirm_sms_template");
  }

  @Test
  void newCountersAreEmittedWithZerosEveryLiveCycle() {
    RecordingMetrics metrics = h.metrics;

    h.run(aPlan().build());

    assertThat(metrics.names()).contains(MetricName.SMS_EXHAUSTED, MetricName.SENS_AUTH_FAILURES);
  }
}
