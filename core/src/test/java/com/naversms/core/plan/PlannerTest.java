package com.naversms.core.plan;

import static com.naversms.core.plan.PlanAssertions.plan;
import static com.naversms.core.plan.PlanAssertions.sms;
import static com.naversms.core.plan.PlanAssertions.summary;
import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.RecordBuilder.aRecordFor;
import static com.naversms.core.rules.fixtures.TestConfig.RULE_1;
import static com.naversms.core.rules.fixtures.TestConfig.RULE_2;
import static com.naversms.core.rules.fixtures.TestConfig.RULE_3;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.fixtures.TestConfig;
import com.naversms.core.state.Flags;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private final Booking newBooking =
      aBooking().id(7).name("김민수").phone("010-0000-1234").startingAt("2026-11-27 15:00").build();

  @Test
  void newBookingOutsideWindow_getsRecordConfirmationFlagAndTelegram() {
    Plan plan = plan("2026-11-27 10:00", TestConfig.legacyRules(), newBooking);
    assertThat(summary(plan))
        .containsExactly(
            "1051707_7 New Booking Confirmation: create_db_record",
            "1051707_7 New Booking Confirmation: send_sms(confirmation)",
            "1051707_7 New Booking Confirmation: update_flag(confirm_sms=true)",
            "1051707_7 New Booking Confirmation: send_telegram(예약확정 화성새솔점 김민수 1234)");
    PlannedAction.SendSms sms = sms(plan).get(0);
    assertThat(sms.to()).isEqualTo("01000001234");
    assertThat(sms.from()).isEqualTo(TestConfig.DEFAULT_FROM);
    assertThat(sms.text()).isEqualTo("김민수님, 예약이 확정되었습니다.");
    assertThat(sms.bytes()).isEqualTo(32); // 14 Hangul x 2 + ", " + " " + "."
    assertThat(sms.messageType()).isEqualTo(MessageType.SMS);
    assertThat(sms.subject()).isEqualTo("다비스튜디오 안내");
    assertThat(sms.flag()).isEqualTo(Flags.CONFIRM);
    assertThat(sms.key()).isEqualTo(new RecordKey("1051707_7", "010-0000-1234"));
    assertThat(plan.problems()).isEmpty();
  }

  @Test
  void newBookingInsideTwoHourWindow_getsConfirmationAndGuide_becauseRule3SeesNoRecord() {
    Plan plan = plan("2026-11-27 13:30", TestConfig.legacyRules(), newBooking);
    assertThat(summary(plan))
        .containsExactly(
            "1051707_7 New Booking Confirmation: create_db_record",
            "1051707_7 New Booking Confirmation: send_sms(confirmation)",
            "1051707_7 New Booking Confirmation: update_flag(confirm_sms=true)",
            "1051707_7 New Booking Confirmation: send_telegram(예약확정 화성새솔점 김민수 1234)",
            "1051707_7 Two-Hour Reminder: send_sms(guide)",
            "1051707_7 Two-Hour Reminder: update_flag(remind_sms=true)",
            "1051707_7 Two-Hour Reminder: send_telegram(상세안내 화성새솔점 김민수 1234)");
    assertThat(sms(plan).get(1).text()).startsWith("화성새솔점 상세 안내");
    assertThat(sms(plan).get(1).flag()).isEqualTo(Flags.REMIND);
  }

  @Test
  void createdRecord_hasTheLegacyShape() {
    Plan plan = plan("2026-11-27 10:00", TestConfig.legacyRules(), newBooking);
    StoredRecord r = ((PlannedAction.CreateDbRecord) plan.actions().get(0)).record();
    assertThat(r.key()).isEqualTo(new RecordKey("1051707_7", "010-0000-1234"));
    assertThat(r.name()).isEqualTo("김민수");
    assertThat(r.bookingTime()).isEqualTo(LocalDateTime.parse("2026-11-27T15:00:00"));
    assertThat(r.confirmSms() || r.remindSms() || r.optionSms()).isFalse();
    assertThat(r.optionTime()).isEmpty();
    assertThat(r.extra())
        .containsOnly(
            Map.entry("biz_id", "1051707"),
            Map.entry("status", "RC03"),
            Map.entry("option", false));
  }

  @Test
  void everySmsUsesItsStoresSender() {
    Booking atB = aBooking().store(TestConfig.STORE_B).startingAt("2026-11-27 15:00").build();
    Plan plan = plan("2026-11-27 13:30", TestConfig.legacyRules(), atB);
    assertThat(sms(plan))
        .extracting(PlannedAction.SendSms::from)
        .containsExactly(TestConfig.FROM_B, TestConfig.FROM_B);
    assertThat(sms(plan).get(1).text()).isEqualTo("안산초지점 안내");
  }

  @Test
  void existingRecordInsideWindow_getsMissingConfirmationThenGuide() {
    Map<RecordKey, StoredRecord> records = aRecordFor(newBooking).asMap();
    Plan plan = plan("2026-11-27 14:00", TestConfig.legacyRules(), records, newBooking);
    assertThat(summary(plan))
        .containsExactly(
            "1051707_7 Two-Hour Confirmation Sync: send_sms(confirmation)",
            "1051707_7 Two-Hour Confirmation Sync: update_flag(confirm_sms=true)",
            "1051707_7 Two-Hour Reminder: send_sms(guide)",
            "1051707_7 Two-Hour Reminder: update_flag(remind_sms=true)",
            "1051707_7 Two-Hour Reminder: send_telegram(상세안내 화성새솔점 김민수 1234)");
  }

  @Test
  void skipped_namesTheFirstFailingConditionPerRule() {
    Plan plan = plan("2026-11-27 12:10", TestConfig.legacyRules(), newBooking);
    assertThat(plan.skipped())
        .containsExactly(
            new Skip(RULE_2, "1051707_7", "1051707", "booking_in_db", "no record for 1051707_7"),
            new Skip(
                RULE_3,
                "1051707_7",
                "1051707",
                "time_before_booking(2)",
                "now 12:10 is before window start 13:00"),
            new Skip(
                TestConfig.RULE_4,
                "1051707_7",
                "1051707",
                "current_hour(20)",
                "Korean hour is 12 (now 12:10), not 20"));
  }

  @Test
  void completedBookingWithoutRecord_getsNoConfirmation() {
    Booking rc08 = aBooking().status("RC08").startingAt("2026-11-27 09:00").build();
    Plan plan = plan("2026-11-27 12:00", TestConfig.legacyRules(), rc08);
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.skipped().get(0).condition()).isEqualTo("booking_status(RC03)");
    assertThat(plan.skipped().get(0).reason()).isEqualTo("status is RC08, not RC03");
    assertThat(plan.skipped().get(0).rule()).isEqualTo(RULE_1);
  }

  @Test
  void bookingsArePlannedInInputOrder_andDuplicatesOnce() {
    Booking second = aBooking().id(8).phone("01000005678").startingAt("2026-11-28 15:00").build();
    Plan plan = plan("2026-11-27 10:00", TestConfig.legacyRules(), second, newBooking, second);
    assertThat(plan.actions())
        .extracting(PlannedAction::bookingNum)
        .containsExactly(
            "1051707_8",
            "1051707_8",
            "1051707_8",
            "1051707_8",
            "1051707_7",
            "1051707_7",
            "1051707_7",
            "1051707_7");
    assertThat(plan.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("1051707_8").contains("listed twice"));
  }
}
