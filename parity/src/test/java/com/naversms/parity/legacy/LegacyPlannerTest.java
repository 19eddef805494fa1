package com.naversms.parity.legacy;

import static com.naversms.parity.legacy.LegacyFixtures.aBooking;
import static com.naversms.parity.legacy.LegacyFixtures.config;
import static com.naversms.parity.legacy.LegacyFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.plan.PlannedAction.CreateDbRecord;
import com.naversms.core.plan.PlannedAction.SendSms;
import com.naversms.core.plan.PlannedAction.SendTelegram;
import com.naversms.core.plan.PlannedAction.UpdateFlag;
import com.naversms.core.state.StoredRecord;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyPlannerTest {
  private static final String START = "2026-11-27T15:00+09:00";

  private static Plan plan(List<Booking> bookings, List<StoredRecord> records, String at) {
    return LegacyPlanner.plan(
        bookings, LegacyFixtures.byKey(records), OffsetDateTime.parse(at).toInstant(), config());
  }

  private static List<String> shape(Plan p) {
    return p.actions().stream().map(LegacyPlannerTest::describe).toList();
  }

  private static String describe(PlannedAction a) {
    return switch (a) {
      case SendSms s -> "sms " + s.template();
      case UpdateFlag f -> "flag " + f.flag();
      case CreateDbRecord c -> "create";
      case PlannedAction.UpdateRecord u -> "update record";
      case SendTelegram t -> "telegram";
      case PlannedAction.SendSlack s -> "slack";
      case PlannedAction.LogEvent e -> "log";
    };
  }

  @Test
  void newBookingOutsideTheWindow_getsRecordAndConfirmationOnly() {
    Booking b = aBooking().startingAt(START).build();
    Plan p = plan(List.of(b), List.of(), "2026-11-27T10:00+09:00");
    assertThat(shape(p))
        .containsExactly("create", "sms confirmation", "flag confirm_sms", "telegram");
    CreateDbRecord create = (CreateDbRecord) p.actions().get(0);
    assertThat(create.record().confirmSms()).isFalse();
    assertThat(create.record().bookingTime()).hasToString("2026-11-27T15:00");
    SendSms sms = (SendSms) p.actions().get(1);
    assertThat(sms.from()).isEqualTo(LegacyFixtures.DEFAULT_FROM);
    assertThat(sms.text()).isEqualTo("김민수님 예약 확정");
    SendTelegram line = (SendTelegram) p.actions().get(3);
    assertThat(line.text()).isEqualTo("010-****-1234 예약확정 문자 발송 완료");
  }

  @Test
  void newBookingExactlyTwoHoursBefore_alsoGetsTheGuide() {
    Booking b = aBooking().startingAt(START).build();
    Plan p = plan(List.of(b), List.of(), "2026-11-27T13:00+09:00");
    assertThat(shape(p))
        .containsExactly(
            "create",
            "sms confirmation",
            "flag confirm_sms",
            "telegram",
            "sms guide",
            "flag remind_sms",
            "telegram");
  }

  @Test
  void existingRecordExactlyTwoHoursBefore_getsNothing_theLegacyWindowIsOpenThere() {
    Booking b = aBooking().startingAt(START).build();
    Plan p = plan(List.of(b), List.of(record(b, true, false, false)), "2026-11-27T13:00+09:00");
    assertThat(p.actions()).isEmpty();
  }

  @Test
  void existingRecordInsideTheWindow_getsGuideFromTheStoreSender_andConfirmIfUnset() {
    Booking b = aBooking().store("1000002").startingAt(START).build();
    Plan p = plan(List.of(b), List.of(record(b, false, false, false)), "2026-11-27T13:20+09:00");
    assertThat(shape(p))
        .containsExactly(
            "sms confirmation",
            "flag confirm_sms",
            "telegram",
            "sms guide",
            "flag remind_sms",
            "telegram");
    SendSms guide = (SendSms) p.actions().get(3);
    assertThat(guide.from()).isEqualTo(LegacyFixtures.STORE_FROM);
    assertThat(guide.text()).isEqualTo("2호점 상세 안내");
  }

  @Test
  void atTheSlotStartOrWithRemindSet_nothing() {
    Booking b = aBooking().startingAt(START).build();
    assertThat(plan(List.of(b), List.of(record(b, true, false, false)), START).actions()).isEmpty();
    assertThat(
            plan(List.of(b), List.of(record(b, true, true, false)), "2026-11-27T14:00+09:00")
                .actions())
        .isEmpty();
  }

  @Test
  void completedBookingWithReviewOption_at20h_getsTheEventFromTheDefaultSender() {
    Booking b = aBooking().store("1000002").status("RC08").withOption("네이버 포토리뷰").build();
    List<StoredRecord> records = List.of(record(b, true, true, false));
    Plan p = plan(List.of(b), records, "2026-11-27T20:00+09:00");
    assertThat(shape(p)).containsExactly("sms event", "flag option_sms", "telegram");
    assertThat(((SendSms) p.actions().get(0)).from()).isEqualTo(LegacyFixtures.DEFAULT_FROM);
    assertThat(plan(List.of(b), records, "2026-11-27T19:59+09:00").actions()).isEmpty();
    assertThat(plan(List.of(b), records, "2026-11-27T21:00+09:00").actions()).isEmpty();
    assertThat(plan(List.of(b), records, "2026-11-27T20:59+09:00").actions()).hasSize(3);
  }

  @Test
  void eventNeedsARecord_theKeyword_andRc08() {
    Booking noOption = aBooking().status("RC08").build();
    Booking rc03 = aBooking().id(7).withOption("인스타 팔로우").startingAt(START).build();
    Booking noRecord = aBooking().id(8).status("RC08").withOption("원본 사진").build();
    Plan p =
        plan(
            List.of(noOption, rc03, noRecord),
            List.of(record(noOption, true, true, false), record(rc03, true, true, false)),
            "2026-11-27T20:00+09:00");
    assertThat(p.actions()).isEmpty();
  }

  @Test
  void aStoreWithoutGuideTemplate_isSkippedWithAReason() {
    Booking b = aBooking().store("9999999").startingAt(START).build();
    Plan p = plan(List.of(b), List.of(), "2026-11-27T14:00+09:00");
    assertThat(shape(p))
        .containsExactly("create", "sms confirmation", "flag confirm_sms", "telegram");
    assertThat(p.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("guide"));
  }
}
