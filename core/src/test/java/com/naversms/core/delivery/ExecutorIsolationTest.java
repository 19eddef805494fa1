package com.naversms.core.delivery;

import static com.naversms.core.delivery.PlanBuilder.aPlan;
import static com.naversms.core.delivery.PlanBuilder.keyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.fakes.FaultyStateStore;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.StateStoreException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutorIsolationTest {
  static final MessageOrigin ORIGIN = new MessageOrigin("New Booking Confirmation", "confirmation");
  final Harness h = new Harness();

  @Test
  void flagCarriedByAFailedSend_staysUnset_withoutASeparateWrite() {
    h.sender.then(new SendResult.Failed("HTTP 500"));

    CycleReport report = h.run(aPlan().confirmation("1051707", 1001).build());

    assertThat(h.store.all().get(keyOf("1051707", 1001)).confirmSms()).isFalse();
    assertThat(report.results())
        .extracting(ActionResult::outcome)
        .contains(new Outcome.Skipped("left unset: the SMS was not delivered"));
  }

  @Test
  void updateFlagWithoutASend_isWrittenDirectly() {
    h.run(aPlan().flag("Mark option", "1051707", 1001, Flags.OPTION).build());

    assertThat(h.store.all().get(keyOf("1051707", 1001)).optionSms()).isTrue();
    assertThat(h.sender.messages()).isEmpty();
  }

  @Test
  void suppressedMode_claimsSendsWritesAndNotifiesNothing() {
    h.settings = ExecutionSettings.suppressed();

    CycleReport report =
        h.run(aPlan().confirmation("1051707", 1001).slackDigest("3 bookings today").build());

    assertThat(h.sender.messages()).isEmpty();
    assertThat(h.store.all()).isEmpty();
    assertThat(h.store.claims()).isEmpty();
    assertThat(h.telegram.texts()).isEmpty();
    assertThat(h.slack.texts()).isEmpty();
    assertThat(report.suppressed()).isEqualTo(5);
    assertThat(report.sent()).isZero();
  }

  @Test
  void aStateStoreFailureOnOneBooking_doesNotStopTheOthers() {
    var claims = new java.util.concurrent.atomic.AtomicInteger();
    var faulty =
        new FaultyStateStore(
            h.store,
            step ->
                step.operation().equals("claim") && !step.after() && claims.incrementAndGet() == 1
                    ? new StateStoreException("ProvisionedThroughputExceeded")
                    : null);

    CycleReport report =
        h.run(
            aPlan()
                .confirmation("1051707", 1001)
                .confirmation("1051707", 1002)
                .slackDigest("digest")
                .build(),
            faulty);

    assertThat(report.sent()).isEqualTo(1);
    assertThat(report.smsFailed()).isEqualTo(1);
    assertThat(report.failures().get(0).outcome())
        .isEqualTo(
            new Outcome.Failed("StateStoreException", "ProvisionedThroughputExceeded", false));
    // the bookings run side by side: either one's claim may be the first
    assertThat(h.sender.messages()).hasSize(1);
    String sentId = h.sender.messages().get(0).to().substring(7);
    assertThat(h.slack.texts()).containsExactly("digest");
    assertThat(h.telegram.texts()).containsExactly("예약확정 강남 김민수 " + sentId);
  }

  @Test
  void anError_isNotSwallowed_theProcessIsGoingDown() {
    var dying =
        new FaultyStateStore(
            h.store,
            step ->
                step.operation().equals("claim") && step.after()
                    ? new OutOfMemoryError("simulated crash")
                    : null);

    assertThatThrownBy(() -> h.run(aPlan().confirmation("1051707", 1001).build(), dying))
        .isInstanceOf(OutOfMemoryError.class);
    assertThat(h.store.claims()).hasSize(1);
  }

  @Test
  void staleClaimOfAMessageNoLongerPlanned_isReportedUncertain() {
    MessageKey orphan = new MessageKey(keyOf("1120125", 7), Flags.REMIND);
    h.store.claim(orphan, ORIGIN, 3, h.now.minus(Duration.ofHours(2)));

    CycleReport report = h.run(aPlan().slackDigest("nothing").build());

    assertThat(report.uncertainDeliveries()).extracting(ActionResult::key).containsExactly(orphan);
  }

  @Test
  void undeliveredNotification_isAFailureThatStopsNothing() {
    h.telegram.failing("HTTP 429");

    CycleReport report =
        h.run(aPlan().confirmation("1051707", 1001).confirmation("1051707", 1002).build());

    assertThat(report.sent()).isEqualTo(2);
    assertThat(report.failed()).isEqualTo(2);
    assertThat(report.smsFailed()).isZero();
  }

  @Test
  void everyStepIsLoggedWithTheContractFields_andNoFullPhone() {
    h.run(
        aPlan()
            .confirmation("1051707", 1001)
            .event("vip_booking", Map.of("store_id", "1051707", "tier", "gold"))
            .build());

    LogEvent sms = h.log.withField(LogField.ACTION_TYPE, "send_sms").get(0);
    assertThat(sms.fields())
        .containsEntry(LogField.STATUS, "success")
        .containsEntry(LogField.RULE_NAME, "New booking confirmation")
        .containsEntry(LogField.BOOKING_ID, "1001")
        .containsEntry(LogField.STORE_ID, "1051707")
        .containsEntry(LogField.PHONE_MASKED, "010-****-1001")
        .containsEntry(LogField.SENS_REQUEST_ID, "req-1")
        .containsKey(LogField.DURATION_MS);
    assertThat(h.log.withField(LogField.ACTION_TYPE, "db_write")).hasSize(2);
    assertThat(h.log.withField(LogField.EVENT_TYPE, "vip_booking").get(0).message())
        .isEqualTo("vip_booking {tier=gold}");
    assertThat(h.log.events().toString()).doesNotContain("01000001001", "010-0000-1001", "김민수");
  }
}
