package com.naversms.core.plan;

import static com.naversms.core.plan.PlanAssertions.plan;
import static com.naversms.core.plan.PlanAssertions.sms;
import static com.naversms.core.plan.PlanAssertions.summary;
import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.RecordBuilder.aRecordFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.fixtures.TestConfig;
import com.naversms.core.state.Slots;
import org.junit.jupiter.api.Test;

/**
 * Cancellations (docs/rules.md, "Cancellations"): an RC04 booking gets no customer message from the
 * shipped rules, and the operators get one line, once (cancelled_at).
 */
class PlannerCancellationTest {
  private final Booking cancelled =
      aBooking()
          .id(5)
          .name("김민수")
          .phone("010-0000-1234")
          .status("RC04")
          .startingAt("2026-12-04 13:00")
          .build();

  @Test
  void cancelledBeforeTheGuide_noGuide_oneOperatorLine() {
    var records = aRecordFor(cancelled).confirmed().asMap();

    Plan plan = plan("2026-12-04 11:10", TestConfig.legacyRules(), records, cancelled);

    assertThat(sms(plan)).isEmpty();
    assertThat(summary(plan))
        .containsExactly(
            "1051707_5 (cancellation): update_record(booking cancelled (RC04))",
            "1051707_5 (cancellation): send_telegram(예약취소 화성새솔점 김민수 1234 12-04 13:00)");
    assertThat(
            plan.actions().stream()
                .filter(PlannedAction.UpdateRecord.class::isInstance)
                .map(a -> ((PlannedAction.UpdateRecord) a).update().setIfAbsent())
                .findFirst()
                .orElseThrow())
        .containsOnlyKeys(Slots.CANCELLED_AT);
  }

  @Test
  void cancellationAlreadySaid_isNotSaidAgain() {
    var records = aRecordFor(cancelled).confirmed().extra("cancelled_at", 1L).asMap();

    assertThat(plan("2026-12-04 11:20", TestConfig.legacyRules(), records, cancelled).actions())
        .isEmpty();
  }

  @Test
  void cancelledWithoutARecord_getsNothing() {
    assertThat(
            plan("2026-12-04 11:20", TestConfig.legacyRules(), java.util.Map.of(), cancelled)
                .actions())
        .isEmpty();
  }

  @Test
  void claimInFlight_isNamed_andNeverPlannedAgain() {
    var records =
        aRecordFor(cancelled)
            .confirmed()
            .extra("remind_sms_claimed_at", 1_000L)
            .extra("remind_sms_rule", TestConfig.RULE_3)
            .extra("remind_sms_template", "guide")
            .asMap();

    Plan plan = plan("2026-12-04 11:20", TestConfig.legacyRules(), records, cancelled);

    assertThat(sms(plan)).isEmpty();
    assertThat(plan.retries()).isEmpty();
    assertThat(summary(plan))
        .containsExactly(
            "1051707_5 (cancellation): update_record(booking cancelled (RC04); a claim is still"
                + " held on remind_sms (in flight or uncertain): never re-sent, left to the"
                + " uncertain-delivery report)",
            "1051707_5 (cancellation): send_telegram(예약취소 화성새솔점 김민수 1234 12-04 13:00"
                + " (발송 중이던 문자 확인 필요, 재발송 안 함: remind_sms))");
  }

  @Test
  void failedGuide_isNotRetried_forACancelledBooking() {
    var records =
        aRecordFor(cancelled)
            .confirmed()
            .extra("remind_sms_rule", TestConfig.RULE_3)
            .extra("remind_sms_template", "guide")
            .extra("remind_sms_attempts", 1L)
            .extra("cancelled_at", 1L)
            .asMap();

    Plan plan = plan("2026-12-04 11:20", TestConfig.legacyRules(), records, cancelled);

    assertThat(plan.actions()).isEmpty();
    assertThat(plan.retries()).isEmpty();
  }

  @Test
  void bookingCancelled_condition() {
    var config =
        TestConfig.withRules(
            TestConfig.rule(
                "Cancel notice", new Condition.BookingCancelled(), TestConfig.telegram("bye")));
    Booking confirmed = aBooking().id(6).status("RC03").startingAt("2026-12-04 13:00").build();

    assertThat(summary(plan("2026-12-04 09:00", config, java.util.Map.of(), cancelled)))
        .containsExactly("1051707_5 Cancel notice: send_telegram(bye)");
    assertThat(plan("2026-12-04 09:00", config, java.util.Map.of(), confirmed).skipped())
        .singleElement()
        .satisfies(s -> {
          assertThat(s.condition()).isEqualTo("booking_cancelled");
          assertThat(s.reason()).isEqualTo("status is RC03, not RC04");
        });
  }
}
