package com.naversms.core.plan;

import static com.naversms.core.plan.PlanAssertions.plan;
import static com.naversms.core.plan.PlanAssertions.summary;
import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.RecordBuilder.aRecordFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.fixtures.RecordBuilder;
import com.naversms.core.rules.fixtures.TestConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The retry pass: a message that was not delivered is planned again by the rule that planned it.
 */
class PlannerRetryTest {
  private final Booking booking =
      aBooking().id(7).name("김민수").phone("010-0000-1234").startingAt("2026-11-27 15:00").build();

  /** The record rule 1 left behind when its confirmation failed {@code attempts} times. */
  private RecordBuilder failedConfirmation(int attempts) {
    return aRecordFor(booking)
        .extra("confirm_sms_rule", "New Booking Confirmation")
        .extra("confirm_sms_template", "confirmation")
        .extra("confirm_sms_attempts", (long) attempts)
        .extra("confirm_sms_last_error", "HTTP 503 after 3 attempts");
  }

  @Test
  void confirmationThatFailed_isPlannedAgainByRule1_withoutANewRecord() {
    Plan plan =
        plan("2026-11-27 10:20", TestConfig.legacyRules(), failedConfirmation(1).asMap(), booking);

    assertThat(summary(plan))
        .containsExactly(
            "1051707_7 New Booking Confirmation: send_sms(confirmation)",
            "1051707_7 New Booking Confirmation: update_flag(confirm_sms=true)",
            "1051707_7 New Booking Confirmation: send_telegram(예약확정 화성새솔점 김민수 1234)");
  }

  @Test
  void retry_isExplainedAsSuch_insteadOfASkip() {
    Plan plan =
        plan("2026-11-27 10:20", TestConfig.legacyRules(), failedConfirmation(2).asMap(), booking);

    assertThat(plan.retries())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.rule()).isEqualTo("New Booking Confirmation");
          assertThat(r.flag()).isEqualTo("confirm_sms");
          assertThat(r.failedAttempts()).isEqualTo(2);
          assertThat(r.reason()).contains("booking_not_in_db").contains("retried");
        });
    assertThat(plan.skipped()).noneMatch(s -> s.rule().equals("New Booking Confirmation"));
    assertThat(
            Planner.planWithoutSkips(
                    List.of(booking),
                    failedConfirmation(2).asMap(),
                    plan.at(),
                    TestConfig.legacyRules())
                .actions())
        .isEqualTo(plan.actions());
  }

  @Test
  void insideTheTwoHourWindow_rule1RetriesTheConfirmation_andRule2DoesNotPlanItTwice() {
    Plan plan =
        plan("2026-11-27 13:30", TestConfig.legacyRules(), failedConfirmation(1).asMap(), booking);

    assertThat(summary(plan))
        .containsExactly(
            "1051707_7 New Booking Confirmation: send_sms(confirmation)",
            "1051707_7 New Booking Confirmation: update_flag(confirm_sms=true)",
            "1051707_7 New Booking Confirmation: send_telegram(예약확정 화성새솔점 김민수 1234)",
            "1051707_7 Two-Hour Reminder: send_sms(guide)",
            "1051707_7 Two-Hour Reminder: update_flag(remind_sms=true)",
            "1051707_7 Two-Hour Reminder: send_telegram(상세안내 화성새솔점 김민수 1234)");
  }

  @Test
  void noRetry_onceDelivered_whileAClaimHoldsIt_afterTheSlotStarted_orWhenCancelled() {
    var delivered = failedConfirmation(1).confirmed().asMap();
    var claimed = failedConfirmation(1).extra("confirm_sms_claimed_at", 1L).asMap();
    Booking cancelled =
        aBooking()
            .id(7)
            .name("김민수")
            .phone("010-0000-1234")
            .startingAt("2026-11-27 15:00")
            .status("RC04")
            .build();

    assertThat(plan("2026-11-27 10:20", TestConfig.legacyRules(), delivered, booking).actions())
        .isEmpty();
    assertThat(plan("2026-11-27 10:20", TestConfig.legacyRules(), claimed, booking).actions())
        .isEmpty();
    assertThat(
            plan(
                    "2026-11-27 15:00",
                    TestConfig.legacyRules(),
                    failedConfirmation(1).asMap(),
                    booking)
                .actions())
        .isEmpty();
    // a cancelled booking gets the planner's cancellation line (issue 15), never the retry
    Plan whenCancelled =
        plan(
            "2026-11-27 10:20", TestConfig.legacyRules(), failedConfirmation(1).asMap(), cancelled);
    assertThat(whenCancelled.retries()).isEmpty();
    assertThat(summary(whenCancelled)).allMatch(a -> a.contains("(cancellation)"));
  }

  @Test
  void aRecordWithoutTheRuleThatClaimedIt_isNotRetriedByTheRetryPass() {
    var legacy = aRecordFor(booking).extra("confirm_sms_attempts", 1L).asMap();

    assertThat(plan("2026-11-27 10:20", TestConfig.legacyRules(), legacy, booking).actions())
        .isEmpty();
  }

  @Test
  void aMessageDeferredWithoutACountedAttempt_isRetriedToo() {
    var deferred =
        aRecordFor(booking)
            .extra("confirm_sms_rule", "New Booking Confirmation")
            .extra("confirm_sms_template", "confirmation")
            .extra("confirm_sms_last_error", "HTTP 401: Authentication Failed")
            .asMap();

    assertThat(summary(plan("2026-11-27 10:20", TestConfig.legacyRules(), deferred, booking)))
        .contains("1051707_7 New Booking Confirmation: send_sms(confirmation)");
  }
}
