package com.naversms.core.rules;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.BookingBuilder.kst;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.fixtures.Situations;
import com.naversms.core.rules.fixtures.TestConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15 item 6: {@code time_before_booking} in minutes and with a lower bound, {@code
 * time_after_booking_end}, {@code biz_item}; every bound exactly, a minute either side, and slots
 * that cross midnight on the Korean clock.
 */
class TimingConditionsTest {
  private static final Condition NINETY_MINUTES =
      new Condition.TimeBeforeBooking(Duration.ofMinutes(90), Duration.ZERO);
  private static final Condition DAY_BEFORE =
      new Condition.TimeBeforeBooking(Duration.ofHours(24), Duration.ofHours(20));
  private static final Condition HALF_HOUR_AFTER_END =
      new Condition.TimeAfterBookingEnd(Duration.ofMinutes(30), Duration.ofHours(24));

  private final Booking slotAt15 = aBooking().startingAt("2026-11-27 15:00").build();
  private final Booking tomorrowAt10 = aBooking().startingAt("2026-11-28 10:00").build();

  private static Verdict eval(Condition c, String kstNow, Booking b) {
    return Evaluator.evaluate(c, Situations.at(kstNow, b));
  }

  @ParameterizedTest(name = "now {0} -> {1}")
  @CsvSource({
    "2026-11-27 13:29, false",
    "2026-11-27 13:30, true",
    "2026-11-27 13:31, true",
    "2026-11-27 14:59, true",
    "2026-11-27 15:00, false",
    "2026-11-27 15:01, false"
  })
  void minutes_windowOpensExactlyNinetyMinutesBefore(String now, boolean holds) {
    assertThat(eval(NINETY_MINUTES, now, slotAt15).holds()).isEqualTo(holds);
  }

  @Test
  void minutes_labelAndReasons() {
    Verdict early = eval(NINETY_MINUTES, "2026-11-27 13:29", slotAt15);
    assertThat(early.condition()).isEqualTo("time_before_booking(90m)");
    assertThat(early.reason()).isEqualTo("now 13:29 is before window start 13:30");
    assertThat(eval(NINETY_MINUTES, "2026-11-27 13:30", slotAt15).reason())
        .isEqualTo("now 13:30 is within [13:30, 15:00)");
  }

  @Test
  void wholeHoursWithoutBound_keepTheLegacyLabel() {
    Condition twoHours = new Condition.TimeBeforeBooking(Duration.ofMinutes(120), Duration.ZERO);
    assertThat(twoHours).isEqualTo(new Condition.TimeBeforeBooking(2));
    assertThat(ConditionText.of(twoHours)).isEqualTo("time_before_booking(2)");
  }

  @ParameterizedTest(name = "now {0} -> {1}")
  @CsvSource({
    "2026-11-27 09:59, false",
    "2026-11-27 10:00, true",
    "2026-11-27 10:01, true",
    "2026-11-27 13:59, true",
    "2026-11-27 14:00, false",
    "2026-11-27 14:01, false",
    "2026-11-28 09:00, false",
    "2026-11-28 10:00, false"
  })
  void lowerBound_theDayBeforeBetween24And20Hours(String now, boolean holds) {
    assertThat(eval(DAY_BEFORE, now, tomorrowAt10).holds()).isEqualTo(holds);
  }

  @Test
  void lowerBound_labelAndReasons() {
    Verdict late = eval(DAY_BEFORE, "2026-11-28 08:00", tomorrowAt10);
    assertThat(late.condition()).isEqualTo("time_before_booking(24h..20h)");
    assertThat(late.reason())
        .isEqualTo(
            "now 08:00 is inside the last 20 h before the slot (window ended at 2026-11-27 14:00)");
    assertThat(eval(DAY_BEFORE, "2026-11-27 10:00", tomorrowAt10).reason())
        .isEqualTo("now 10:00 is within [10:00, 14:00)");
    assertThat(eval(DAY_BEFORE, "2026-11-28 10:00", tomorrowAt10).reason())
        .isEqualTo("now 10:00 is not before slot start 10:00");
  }

  @Test
  void lowerBoundInMinutes_closesThirtyMinutesBeforeTheSlot() {
    Condition c = new Condition.TimeBeforeBooking(Duration.ofMinutes(90), Duration.ofMinutes(30));
    assertThat(eval(c, "2026-11-27 14:29", slotAt15).holds()).isTrue();
    Verdict closed = eval(c, "2026-11-27 14:30", slotAt15);
    assertThat(closed.holds()).isFalse();
    assertThat(closed.condition()).isEqualTo("time_before_booking(90m..30m)");
    assertThat(closed.reason())
        .isEqualTo("now 14:30 is inside the last 30 min before the slot (window ended at 14:30)");
  }

  /** The new user's complaint: a 24-hour reminder fired for a slot later the same day. */
  @Test
  void dayBeforeReminder_neverFiresForABookingMadeFiveHoursAhead() {
    Booking sameDay = aBooking().startingAt("2026-11-27 15:00").build();
    Condition plain24 = new Condition.TimeBeforeBooking(24);
    assertThat(eval(plain24, "2026-11-27 10:00", sameDay).holds())
        .as("without the lower bound it fires at once")
        .isTrue();
    for (Instant now = kst("2026-11-27 10:00"); now.isBefore(kst("2026-11-27 15:01")); ) {
      Situation s = new Situation(sameDay, Optional.empty(), now, TestConfig.legacyRules());
      assertThat(Evaluator.evaluate(DAY_BEFORE, s).holds()).as("at %s", now).isFalse();
      assertThat(Firing.of(s).holds(DAY_BEFORE)).as("at %s", now).isFalse();
      now = now.plusSeconds(60);
    }
  }

  @ParameterizedTest(name = "now {0} -> {1}")
  @CsvSource({
    "2026-11-27 22:59, false",
    "2026-11-27 23:00, true",
    "2026-11-27 23:59, true",
    "2026-11-28 00:00, true",
    "2026-11-28 00:29, true",
    "2026-11-28 00:30, false"
  })
  void minutes_slotAfterKoreanMidnight_windowOpensTheEveningBefore(String now, boolean holds) {
    // 15:30Z is 00:30 on the 28th in Korea
    Booking b = aBooking().startingAt(Instant.parse("2026-11-27T15:30:00Z")).build();
    assertThat(eval(NINETY_MINUTES, now, b).holds()).isEqualTo(holds);
  }

  @Test
  void minutes_acrossMidnight_printsTheDateOfTheOtherDay() {
    Booking b = aBooking().startingAt("2026-11-28 00:30").build();
    assertThat(eval(NINETY_MINUTES, "2026-11-28 00:10", b).reason())
        .isEqualTo("now 00:10 is within [2026-11-27 23:00, 00:30)");
  }

  private final Booking endsAfterMidnight =
      aBooking().startingAt("2026-11-27 22:30").lasting(Duration.ofMinutes(110)).build();

  @ParameterizedTest(name = "now {0} -> {1}")
  @CsvSource({
    "2026-11-27 23:30, false",
    "2026-11-28 00:20, false",
    "2026-11-28 00:49, false",
    "2026-11-28 00:50, true",
    "2026-11-28 00:51, true",
    "2026-11-28 20:00, true",
    "2026-11-29 00:19, true",
    "2026-11-29 00:20, false",
    "2026-11-29 00:21, false"
  })
  void afterEnd_fromOffsetAfterTheEndUntilWithin(String now, boolean holds) {
    assertThat(eval(HALF_HOUR_AFTER_END, now, endsAfterMidnight).holds()).isEqualTo(holds);
  }

  @Test
  void afterEnd_labelAndReasons() {
    Verdict early = eval(HALF_HOUR_AFTER_END, "2026-11-28 00:49", endsAfterMidnight);
    assertThat(early.condition()).isEqualTo("time_after_booking_end(30m..24h)");
    assertThat(early.reason())
        .isEqualTo("now 00:49 is before window start 00:50 (the slot ended at 00:20)");
    assertThat(eval(HALF_HOUR_AFTER_END, "2026-11-28 00:50", endsAfterMidnight).reason())
        .isEqualTo("now 00:50 is within [00:50, 2026-11-29 00:20) (the slot ended at 00:20)");
    assertThat(eval(HALF_HOUR_AFTER_END, "2026-11-29 00:20", endsAfterMidnight).reason())
        .isEqualTo(
            "now 00:20 is past window end 00:20 (the slot ended at 2026-11-28 00:20, more than 24 h"
                + " ago)");
  }

  @Test
  void afterEnd_bookingWithoutEnd_doesNotHold() {
    Booking noEnd = aBooking().startingAt("2026-11-27 10:00").lasting(null).build();
    Verdict v = eval(HALF_HOUR_AFTER_END, "2026-11-27 18:00", noEnd);
    assertThat(v.holds()).isFalse();
    assertThat(v.reason()).isEqualTo("the booking has no end time");
    Situation s = Situations.at("2026-11-27 18:00", noEnd);
    assertThat(Firing.of(s).holds(HALF_HOUR_AFTER_END)).isFalse();
  }

  @Test
  void bizItem_isASubstringOfTheProductName() {
    Condition c = new Condition.BizItem(List.of("프로필", "60분"));
    Booking sixty = aBooking().bizItem("60분 이용/4인 기준").build();
    Verdict v = eval(c, "2026-11-27 10:00", sixty);
    assertThat(v.holds()).isTrue();
    assertThat(v.condition()).isEqualTo("biz_item([프로필, 60분])");
    assertThat(v.reason()).isEqualTo("product '60분 이용/4인 기준' contains '60분'");

    Verdict other = eval(c, "2026-11-27 10:00", aBooking().bizItem("110분 이용").build());
    assertThat(other.holds()).isFalse();
    assertThat(other.reason()).isEqualTo("product '110분 이용' contains none of [프로필, 60분]");

    Verdict none = eval(c, "2026-11-27 10:00", aBooking().build());
    assertThat(none.holds()).isFalse();
    assertThat(none.reason()).isEqualTo("the booking has no product name (bizItemName)");
  }

  /** The cycle's fast path decides as the explaining one, second by second around each bound. */
  @Test
  void firingAgreesWithTheEvaluator_aroundEveryBound() {
    List<Condition> conditions =
        List.of(
            NINETY_MINUTES,
            DAY_BEFORE,
            HALF_HOUR_AFTER_END,
            new Condition.TimeBeforeBooking(Duration.ofMinutes(90), Duration.ofMinutes(30)),
            new Condition.TimeAfterBookingEnd(Duration.ZERO, Duration.ofHours(1)));
    Booking b = aBooking().startingAt("2026-11-28 00:30").lasting(Duration.ofMinutes(50)).build();
    Instant slot = b.start();
    for (Instant bound :
        List.of(
            slot.minusSeconds(24 * 3600),
            slot.minusSeconds(20 * 3600),
            slot.minusSeconds(5400),
            slot.minusSeconds(1800),
            slot,
            b.end(),
            b.end().plusSeconds(1800),
            b.end().plusSeconds(3600),
            b.end().plusSeconds(24 * 3600))) {
      for (long delta = -61; delta <= 61; delta++) {
        Situation s =
            new Situation(b, Optional.empty(), bound.plusSeconds(delta), TestConfig.legacyRules());
        for (Condition c : conditions) {
          assertThat(Firing.of(s).holds(c))
              .as("%s at %s", ConditionText.of(c), s.now())
              .isEqualTo(Evaluator.evaluate(c, s).holds());
        }
      }
    }
  }
}
