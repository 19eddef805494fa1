package com.naversms.core.plan;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.optout.OptOuts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Advertising messages (issue 15 items 4 and 5, planner side) over the shipped config, whose
 * review-event template says {@code advertising: true}: never planned inside 21:00–08:00 whatever
 * the rule says, never to a number on the opt-out list; informational messages still go.
 */
class AdvertisingPlannerTest {
  private static final String EVENT_RULE = "Evening Option SMS";

  @TempDir Path dir;

  private static Booking reviewCustomer(long id, String slot, String status) {
    return aBooking()
        .id(id)
        .store("1000001")
        .name("김예시")
        .phone("010-0000-" + String.format("%04d", id))
        .status(status)
        .startingAt(slot)
        .withOption("네이버 포토리뷰 참여", 1)
        .build();
  }

  /** The shipped rules with the event rule's hour condition removed and quiet_hours: false. */
  private com.naversms.core.rules.Configuration anyHour;

  private QuietHoursWorld eventAtAnyHour() {
    if (anyHour != null) {
      return new QuietHoursWorld(anyHour);
    }
    anyHour =
        QuietHoursWorld.shippedWith(
            dir,
            rules ->
                rules.replace(
                    "    priority: \"medium\"\n    conditions:\n      - type: \"current_hour\"\n"
                        + "        params:\n          hour: 20\n",
                    "    priority: \"medium\"\n    quiet_hours: false\n    conditions:\n"));
    return new QuietHoursWorld(anyHour);
  }

  private static java.util.List<String> templates(Plan plan) {
    return PlanAssertions.sms(plan).stream().map(PlannedAction.SendSms::template).toList();
  }

  @Test
  void theShippedEvent_goesAsAnAdvertisement() {
    Plan plan =
        QuietHoursWorld.shipped()
            .cycle("2026-11-27 20:00", reviewCustomer(11, "2026-11-27 13:00", "RC08"));

    assertThat(PlanAssertions.sms(plan))
        .singleElement()
        .satisfies(s -> {
          assertThat(s.template()).isEqualTo("event");
          assertThat(s.advertising()).isTrue();
          assertThat(s.text()).startsWith("(광고) 예시스튜디오 강남점\n").endsWith("무료수신거부 080-000-0000\n");
        });
  }

  @Test
  void anAdvertisement_isPlannedAt2059_andNotAt2100_evenInARuleWithQuietHoursFalse() {
    Booking b = reviewCustomer(12, "2026-11-27 13:00", "RC08");

    Plan at2059 = eventAtAnyHour().cycle("2026-11-27 20:59", b);
    Plan at2100 = eventAtAnyHour().cycle("2026-11-27 21:00", b);
    Plan at0759 = eventAtAnyHour().cycle("2026-11-27 07:59", b);
    Plan at0800 = eventAtAnyHour().cycle("2026-11-27 08:00", b);

    assertThat(templates(at2059)).containsExactly("event");
    assertThat(at2100.actions()).isEmpty();
    assertThat(at0759.actions()).isEmpty();
    assertThat(templates(at0800)).containsExactly("event");
    assertThat(at2100.skipped())
        .filteredOn(s -> s.rule().equals(EVENT_RULE))
        .singleElement()
        .satisfies(s -> {
          assertThat(s.condition()).isEqualTo("quiet_hours");
          assertThat(s.reason())
              .isEqualTo(
                  "deferred by quiet hours until 08:00: the rule sends an advertising message,"
                      + " never sent between 21:00 and 08:00 whatever the rule's quiet_hours");
        });
  }

  @Test
  void anOptedOutNumber_neverGetsTheAdvertisement_butGetsItsConfirmationAndGuide() {
    // a new booking, slot today at 21:30, review option: at 20:00 every rule fires
    Booking optedOut = reviewCustomer(13, "2026-11-27 21:30", "RC03");
    Booking other = reviewCustomer(14, "2026-11-27 21:30", "RC03");
    QuietHoursWorld world = QuietHoursWorld.shipped().optedOut("01000000013");

    Plan plan = world.cycle("2026-11-27 20:00", optedOut, other);
    world.cycle("2026-11-27 20:20", optedOut, other);
    world.cycle("2026-11-27 20:40", optedOut, other);

    assertThat(world.sent())
        .containsExactly(
            "2026-11-27 20:00 confirmation 1000001_13",
            "2026-11-27 20:00 guide 1000001_13",
            "2026-11-27 20:00 confirmation 1000001_14",
            "2026-11-27 20:00 guide 1000001_14",
            "2026-11-27 20:00 event 1000001_14");
    assertThat(PlanAssertions.summary(plan))
        .as("no review line to the operators for a message that does not go")
        .noneMatch(a -> a.startsWith("1000001_13 " + EVENT_RULE));
    assertThat(plan.skipped())
        .filteredOn(s -> s.rule().equals(EVENT_RULE) && s.bookingNum().equals("1000001_13"))
        .extracting(Skip::reason)
        .contains("not planned: 010-****-0013 opted out of advertising");
  }

  @Test
  void anUnreadableOptOutList_plansNoAdvertisementAtAll_butTheInformationalMessages() {
    Booking b = reviewCustomer(15, "2026-11-27 21:30", "RC03");
    QuietHoursWorld world =
        QuietHoursWorld.shipped().optOuts(OptOuts.unreadable("table sms_optouts: disk I/O error"));

    Plan plan = world.cycle("2026-11-27 20:00", b);

    assertThat(world.sent())
        .containsExactly(
            "2026-11-27 20:00 confirmation 1000001_15", "2026-11-27 20:00 guide 1000001_15");
    assertThat(plan.skipped())
        .extracting(Skip::reason)
        .contains(
            "not planned: the opt-out list could not be read this cycle, so no advertising"
                + " message is planned");
  }
}
