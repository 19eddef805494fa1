package com.naversms.core.plan;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import org.junit.jupiter.api.Test;

/**
 * The messages the planner holds back (issue 16 item 1: deferred by quiet hours, suppressed for an
 * opt-out) are the plan's {@link Withheld}, rendered as they would go, for the message ledger; the
 * actions stay as they were.
 */
class WithheldPlannerTest {
  private static final String RULE_1 = "New Booking Confirmation";

  private static Booking booking(long id, String slot) {
    return aBooking()
        .id(id)
        .store("1000001")
        .name("김예시")
        .phone("010-0000-" + String.format("%04d", id))
        .startingAt(slot)
        .build();
  }

  @Test
  void aConfirmationDueAtNight_isHeldBackByQuietHours_withItsTextAndUntilWhen() {
    Plan plan =
        QuietHoursWorld.shipped().cycle("2026-11-27 23:40", booking(21, "2026-11-28 15:00"));

    assertThat(plan.actions()).isEmpty();
    assertThat(plan.withheld())
        .singleElement()
        .satisfies(w -> {
          assertThat(w.why()).isEqualTo(Withheld.Why.QUIET_HOURS);
          assertThat(w.reason()).isEqualTo("deferred by quiet hours until 08:00");
          assertThat(w.delivery().rule()).isEqualTo(RULE_1);
          assertThat(w.delivery().bookingNum()).isEqualTo("1000001_21");
          assertThat(w.delivery().slot()).isEqualTo("2026-11-28T15:00");
          assertThat(w.send().flag()).isEqualTo("confirm_sms");
          assertThat(w.send().template()).isEqualTo("confirmation");
          assertThat(w.send().message().to()).isEqualTo("01000000021");
          assertThat(w.send().message().sms().text()).contains("김예시");
        });
  }

  @Test
  void onceSentAt0800_nothingIsHeldBackAnyMore() {
    QuietHoursWorld world = QuietHoursWorld.shipped();
    Booking b = booking(22, "2026-11-28 15:00");

    assertThat(world.cycle("2026-11-28 07:40", b).withheld()).hasSize(1);
    assertThat(world.cycle("2026-11-28 08:00", b).withheld()).isEmpty();
    assertThat(world.cycle("2026-11-28 21:20", b).withheld())
        .as("a rule that does not fire holds nothing back, in quiet hours or not")
        .isEmpty();
  }

  @Test
  void anAdvertisementToAnOptedOutNumber_isHeldBack_withTheRefusal() {
    Booking b =
        aBooking()
            .id(23)
            .store("1000001")
            .name("김예시")
            .phone("010-0000-0023")
            .status("RC08")
            .startingAt("2026-11-27 13:00")
            .withOption("네이버 포토리뷰 참여", 1)
            .build();

    Plan plan = QuietHoursWorld.shipped().optedOut("01000000023").cycle("2026-11-27 20:00", b);

    assertThat(PlanAssertions.sms(plan)).isEmpty();
    assertThat(plan.withheld())
        .singleElement()
        .satisfies(w -> {
          assertThat(w.why()).isEqualTo(Withheld.Why.OPTED_OUT);
          assertThat(w.reason()).isEqualTo("010-****-0023 opted out of advertising");
          assertThat(w.send().template()).isEqualTo("event");
          assertThat(((Message.Sms) w.send().message()).text()).startsWith("(광고)");
        });
  }
}
