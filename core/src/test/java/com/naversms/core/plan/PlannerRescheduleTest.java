package com.naversms.core.plan;

import static com.naversms.core.plan.PlanAssertions.plan;
import static com.naversms.core.plan.PlanAssertions.sms;
import static com.naversms.core.plan.PlanAssertions.summary;
import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.RecordBuilder.aRecordFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.Action;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.fixtures.TestConfig;
import com.naversms.core.state.RecordUpdate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reschedules (docs/rules.md, "Reschedules"): the record's booking_time moves to the new slot, the
 * guide is due again for the new slot (its remind_sms stays true for the legacy reader), the
 * operators get one line.
 */
class PlannerRescheduleTest {
  private final Booking movedTo13 =
      aBooking().id(3).name("김민수").phone("010-0000-1234").startingAt("2026-12-04 13:00").build();

  private static PlannedAction.UpdateRecord update(Plan plan) {
    return plan.actions().stream()
        .filter(PlannedAction.UpdateRecord.class::isInstance)
        .map(PlannedAction.UpdateRecord.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void guideSentForTheOldSlot_isDueAgainForTheNewOne_andTheRecordMoves() {
    var records =
        aRecordFor(movedTo13).confirmed().reminded().bookedFor("2026-12-04 11:00").asMap();

    Plan plan = plan("2026-12-04 11:10", TestConfig.legacyRules(), records, movedTo13);

    assertThat(summary(plan))
        .containsExactly(
            "1051707_3 (reschedule): update_record(rescheduled 11:00 → 13:00: remind_sms re-armed"
                + " for the new slot)",
            "1051707_3 (reschedule): send_telegram(예약변경 화성새솔점 김민수 1234 12-04 11:00→13:00)",
            "1051707_3 Two-Hour Reminder: send_sms(guide)",
            "1051707_3 Two-Hour Reminder: update_flag(remind_sms=true)",
            "1051707_3 Two-Hour Reminder: send_telegram(상세안내 화성새솔점 김민수 1234)");
    RecordUpdate u = update(plan).update();
    assertThat(u.bookingTime()).isEqualTo(LocalDateTime.parse("2026-12-04T13:00"));
    assertThat(u.setIfAbsent()).isEqualTo(Map.of("remind_sms_slot", "2026-12-04 11:00:00"));
  }

  @Test
  void theGuide_carriesTheNewSlot_soItsDeliveryStampsIt() {
    var records =
        aRecordFor(movedTo13).confirmed().reminded().bookedFor("2026-12-04 11:00").asMap();

    Plan plan = plan("2026-12-04 11:10", TestConfig.legacyRules(), records, movedTo13);

    Delivery guide =
        plan.deliveries().stream()
            .filter(d -> d.rule().equals(TestConfig.RULE_3))
            .findFirst()
            .get();
    assertThat(guide.steps().getFirst())
        .isInstanceOfSatisfying(
            Delivery.Send.class,
            s -> assertThat(s.slot()).isEqualTo(LocalDateTime.parse("2026-12-04T13:00")));
  }

  @Test
  void guideAlreadySentForTheNewSlot_isNotSentTwice() {
    // the cycle that saw the reschedule sent the new guide; its booking_time write failed
    var records =
        aRecordFor(movedTo13)
            .confirmed()
            .reminded()
            .bookedFor("2026-12-04 11:00")
            .extra("remind_sms_slot", "2026-12-04 13:00:00")
            .asMap();

    Plan plan = plan("2026-12-04 11:20", TestConfig.legacyRules(), records, movedTo13);

    assertThat(sms(plan)).isEmpty();
    assertThat(update(plan).reason()).isEqualTo("rescheduled 11:00 → 13:00: booking_time updated");
    assertThat(update(plan).update().setIfAbsent()).isEmpty();
  }

  @Test
  void afterTheRecordMoved_nothingMoreIsPlanned() {
    // the next cycle: booking_time is the new slot, the old slot stamped on remind_sms
    var records =
        aRecordFor(movedTo13)
            .confirmed()
            .reminded()
            .extra("remind_sms_slot", "2026-12-04 13:00:00")
            .asMap();

    Plan plan = plan("2026-12-04 11:20", TestConfig.legacyRules(), records, movedTo13);

    assertThat(plan.actions()).isEmpty();
  }

  @Test
  void oldSlotStampedAndRecordMoved_guideStillDueForTheNewSlot() {
    // the update ran before the guide's window opened: remind_sms_slot holds the old slot
    var records =
        aRecordFor(movedTo13)
            .confirmed()
            .reminded()
            .extra("remind_sms_slot", "2026-12-04 11:00:00")
            .asMap();

    Plan plan = plan("2026-12-04 11:20", TestConfig.legacyRules(), records, movedTo13);

    assertThat(summary(plan))
        .containsExactly(
            "1051707_3 Two-Hour Reminder: send_sms(guide)",
            "1051707_3 Two-Hour Reminder: update_flag(remind_sms=true)",
            "1051707_3 Two-Hour Reminder: send_telegram(상세안내 화성새솔점 김민수 1234)");
  }

  @Test
  void rescheduledBeforeTheGuide_onlyTheRecordMoves_andTheGuideWaitsForTheNewTime() {
    Booking movedLater =
        aBooking().id(3).name("김민수").phone("010-0000-1234").startingAt("2026-12-05 13:00").build();
    var records = aRecordFor(movedLater).confirmed().bookedFor("2026-12-04 11:00").asMap();

    Plan at0930 = plan("2026-12-04 09:30", TestConfig.legacyRules(), records, movedLater);

    assertThat(summary(at0930))
        .containsExactly(
            "1051707_3 (reschedule): update_record(rescheduled 12-04 11:00 → 12-05 13:00:"
                + " booking_time updated)",
            "1051707_3 (reschedule): send_telegram(예약변경 화성새솔점 김민수 1234 12-04"
                + " 11:00→12-05 13:00)");
    var moved = aRecordFor(movedLater).confirmed().asMap();
    assertThat(sms(plan("2026-12-05 11:00", TestConfig.legacyRules(), moved, movedLater)))
        .singleElement()
        .satisfies(s -> assertThat(s.template()).isEqualTo("guide"));
  }

  @Test
  void explain_namesTheOldSlot_whenTheFlagDoesNotCountForTheNewOne() {
    var records =
        aRecordFor(movedTo13).confirmed().reminded().bookedFor("2026-12-04 11:00").asMap();
    Booking farAway =
        aBooking().id(3).name("김민수").phone("010-0000-1234").startingAt("2026-12-04 13:00").build();

    Plan plan =
        plan(
            "2026-12-04 11:10",
            TestConfig.withRules(
                TestConfig.rule(
                    "Guide set?", new Condition.FlagSet("remind_sms"), TestConfig.telegram("set"))),
            records,
            farAway);

    assertThat(plan.skipped())
        .singleElement()
        .satisfies(s ->
            assertThat(s.reason())
                .isEqualTo(
                    "remind_sms was set for 2026-12-04 11:00:00, not the current slot"
                        + " 2026-12-04 13:00:00 (slot-bound)"));
  }

  @Test
  void bookingRescheduled_holdsInTheCycleThatSeesIt_only() {
    var config =
        TestConfig.withRules(
            TestConfig.rule(
                "Notice", new Condition.BookingRescheduled(), TestConfig.telegram("moved")));
    var before = aRecordFor(movedTo13).confirmed().bookedFor("2026-12-04 11:00").asMap();
    var after = aRecordFor(movedTo13).confirmed().asMap();

    assertThat(summary(plan("2026-12-04 09:00", config, before, movedTo13)))
        .contains("1051707_3 Notice: send_telegram(moved)");
    assertThat(plan("2026-12-04 09:00", config, after, movedTo13).skipped())
        .singleElement()
        .satisfies(s -> {
          assertThat(s.condition()).isEqualTo("booking_rescheduled");
          assertThat(s.reason())
              .isEqualTo("the slot 2026-12-04 13:00:00 is the record's booking_time");
        });
  }

  @Test
  void slotBoundCustomFlag_isRearmed_otherFlagsAreNot() {
    var config =
        TestConfig.withRules(
            TestConfig.rule(
                "Notice",
                new Condition.BookingRescheduled(),
                new Action.UpdateFlag("reschedule_sms", true, true)),
            TestConfig.rule(
                "Once",
                new Condition.FlagNotSet("once_sms"),
                new Action.UpdateFlag("once_sms", true)));
    var records =
        aRecordFor(movedTo13)
            .bookedFor("2026-12-04 11:00")
            .extra("reschedule_sms", true)
            .extra("once_sms", true)
            .asMap();

    Plan plan = plan("2026-12-04 09:00", config, records, movedTo13);

    assertThat(update(plan).reason())
        .isEqualTo("rescheduled 11:00 → 13:00: reschedule_sms re-armed for the new slot");
    assertThat(update(plan).update().setIfAbsent())
        .isEqualTo(Map.of("reschedule_sms_slot", "2026-12-04 11:00:00"));
    assertThat(summary(plan)).noneMatch(a -> a.contains("once_sms"));
  }
}
