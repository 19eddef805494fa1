package com.naversms.core.plan;

import static com.naversms.core.plan.PlanAssertions.plan;
import static com.naversms.core.plan.PlanAssertions.summary;
import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.BookingBuilder.kst;
import static com.naversms.core.rules.fixtures.TestConfig.all;
import static com.naversms.core.rules.fixtures.TestConfig.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.Action;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.fixtures.TestConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 6 in the planner: the day-before reminder over every 20-minute cycle of a day, the
 * after-visit and product rules, and the reasons {@code plan --explain} gives for each.
 */
class TimingRulesPlannerTest {
  private static final String DAY_BEFORE = "Day Before";
  private static final String AFTER_VISIT = "After Visit";
  private static final String PROFILE = "Profile Guide";

  private static final Configuration CONFIG =
      TestConfig.withRules(
          rule(
              DAY_BEFORE,
              all(
                  new Condition.BookingStatus("RC03"),
                  new Condition.TimeBeforeBooking(Duration.ofHours(24), Duration.ofHours(20)),
                  new Condition.FlagNotSet("day_before_sms")),
              new Action.SendSms("long", false),
              new Action.UpdateFlag("day_before_sms", true)),
          rule(
              AFTER_VISIT,
              all(
                  new Condition.TimeAfterBookingEnd(Duration.ofMinutes(30), Duration.ofHours(24)),
                  new Condition.FlagNotSet("after_visit_sms")),
              new Action.SendSms("event", false),
              new Action.UpdateFlag("after_visit_sms", true)),
          rule(
              PROFILE,
              all(
                  new Condition.BizItem(List.of("프로필")),
                  new Condition.TimeBeforeBooking(Duration.ofMinutes(90), Duration.ZERO)),
              new Action.SendSms("booking_confirm", false),
              new Action.UpdateFlag("profile_sms", true)));

  /** The cycles (every 20 minutes from {@code from}, before {@code to}) that plan the rule. */
  private static List<String> cyclesPlanning(String rule, Booking b, String from, String to) {
    List<String> planned = new ArrayList<>();
    for (Instant now = kst(from); now.isBefore(kst(to)); now = now.plusSeconds(20 * 60)) {
      Plan p = Planner.plan(List.of(b), Map.of(), now, CONFIG);
      if (p.actions().stream().anyMatch(a -> a.rule().equals(rule))) {
        planned.add(now.atZone(Booking.SEOUL).toLocalDateTime().toString());
      }
    }
    return planned;
  }

  @Test
  void dayBeforeReminder_bookingMadeFiveHoursAhead_isNeverPlanned() {
    Booking sameDay = aBooking().startingAt("2026-11-27 15:00").build();
    assertThat(cyclesPlanning(DAY_BEFORE, sameDay, "2026-11-27 10:00", "2026-11-27 15:20"))
        .isEmpty();
  }

  @Test
  void dayBeforeReminder_isPlannedOnlyBetween24And20HoursBefore() {
    Booking nextDay = aBooking().startingAt("2026-11-28 10:00").build();
    assertThat(cyclesPlanning(DAY_BEFORE, nextDay, "2026-11-26 10:00", "2026-11-28 10:20"))
        .first()
        .isEqualTo("2026-11-27T10:00");
    assertThat(cyclesPlanning(DAY_BEFORE, nextDay, "2026-11-26 10:00", "2026-11-28 10:20"))
        .last()
        .isEqualTo("2026-11-27T13:40");
  }

  @Test
  void afterVisit_plannedFromHalfAnHourAfterTheEnd_untilADayAfter() {
    Booking visit =
        aBooking().startingAt("2026-11-27 22:40").lasting(Duration.ofMinutes(110)).build();
    List<String> cycles =
        cyclesPlanning(AFTER_VISIT, visit, "2026-11-27 20:00", "2026-11-29 04:00");
    assertThat(cycles).first().isEqualTo("2026-11-28T01:00"); // ends 00:30, due from 01:00
    assertThat(cycles).last().isEqualTo("2026-11-29T00:20"); // not at 00:30, a day after the end
  }

  @Test
  void explain_namesEachNewConditionAndWhy() {
    Booking sameDay = aBooking().startingAt("2026-11-27 15:00").bizItem("110분 이용").build();
    Plan p = plan("2026-11-27 10:00", CONFIG, sameDay);
    assertThat(summary(p)).isEmpty();
    assertThat(p.skipped())
        .extracting(s -> s.rule() + " | " + s.condition() + ": " + s.reason())
        .containsExactly(
            DAY_BEFORE
                + " | time_before_booking(24h..20h): now 10:00 is inside the last 20 h before the"
                + " slot (window ended at 2026-11-26 19:00)",
            AFTER_VISIT
                + " | time_after_booking_end(30m..24h): now 10:00 is before window start 16:30"
                + " (the slot ended at 16:00)",
            PROFILE + " | biz_item([프로필]): product '110분 이용' contains none of [프로필]");
  }

  @Test
  void productRule_plansForItsProductOnly() {
    Booking profile = aBooking().id(1).startingAt("2026-11-27 15:00").bizItem("프로필 촬영").build();
    Booking other = aBooking().id(2).startingAt("2026-11-27 15:00").bizItem("가족 촬영").build();
    Plan p = plan("2026-11-27 14:00", CONFIG, profile, other);
    assertThat(summary(p))
        .containsExactly(
            "1051707_1 Profile Guide: send_sms(confirmation)",
            "1051707_1 Profile Guide: update_flag(profile_sms=true)");
  }
}
