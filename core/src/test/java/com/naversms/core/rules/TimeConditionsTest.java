package com.naversms.core.rules;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.fixtures.Situations;
import com.naversms.core.rules.fixtures.TestConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeConditionsTest {
  private static final Condition TWO_HOURS = new Condition.TimeBeforeBooking(2);
  private final Booking slotAt15 = aBooking().startingAt("2026-11-27 15:00").build();

  private static Verdict eval(Condition c, String kstNow, Booking b) {
    return Evaluator.evaluate(c, Situations.at(kstNow, b));
  }

  @ParameterizedTest(name = "now {0} -> {1}")
  @CsvSource({
    "2026-11-27 12:59, false",
    "2026-11-27 13:00, true",
    "2026-11-27 14:59, true",
    "2026-11-27 15:00, false",
    "2026-11-27 16:00, false",
    "2026-11-26 14:00, false"
  })
  void timeBeforeBooking_isClosedAtWindowStartAndOpenAtSlotStart(String now, boolean holds) {
    assertThat(eval(TWO_HOURS, now, slotAt15).holds()).isEqualTo(holds);
  }

  @Test
  void timeBeforeBooking_tooEarly_saysWhenTheWindowOpens() {
    Verdict v = eval(TWO_HOURS, "2026-11-27 12:10", slotAt15);
    assertThat(v.condition()).isEqualTo("time_before_booking(2)");
    assertThat(v.reason()).isEqualTo("now 12:10 is before window start 13:00");
  }

  @Test
  void timeBeforeBooking_atSlotStart_saysTheSlotHasBegun() {
    Verdict v = eval(TWO_HOURS, "2026-11-27 15:00", slotAt15);
    assertThat(v.reason()).isEqualTo("now 15:00 is not before slot start 15:00");
  }

  @Test
  void timeBeforeBooking_readsNaversUtcStartAsKoreanTime() {
    // 15:30Z is 00:30 on the next Korean day; the window opens at 22:30 KST the evening before.
    Booking b = aBooking().startingAt(Instant.parse("2026-11-27T15:30:00Z")).build();
    assertThat(eval(TWO_HOURS, "2026-11-27 22:30", b).holds()).isTrue();
    assertThat(eval(TWO_HOURS, "2026-11-27 22:29", b).holds()).isFalse();
    assertThat(eval(TWO_HOURS, "2026-11-27 22:29", b).reason())
        .isEqualTo("now 22:29 is before window start 22:30");
    assertThat(eval(TWO_HOURS, "2026-11-28 00:30", b).holds()).isFalse();
  }

  @Test
  void timeBeforeBooking_otherDay_printsTheDate() {
    Verdict v = eval(TWO_HOURS, "2026-11-26 20:00", slotAt15);
    assertThat(v.reason()).isEqualTo("now 20:00 is before window start 2026-11-27 13:00");
  }

  @ParameterizedTest(name = "now {0} -> {1}")
  @CsvSource({
    "2026-11-27 19:59, false",
    "2026-11-27 20:00, true",
    "2026-11-27 20:59, true",
    "2026-11-27 21:00, false"
  })
  void currentHour_isTheKoreanHour(String now, boolean holds) {
    assertThat(eval(new Condition.CurrentHour(20), now, slotAt15).holds()).isEqualTo(holds);
  }

  @Test
  void currentHour_usesKoreanNotUtcHour() {
    Situation at11Utc =
        new Situation(
            slotAt15,
            Optional.empty(),
            Instant.parse("2026-11-27T11:00:00Z"),
            TestConfig.legacyRules());
    assertThat(Evaluator.evaluate(new Condition.CurrentHour(20), at11Utc).holds()).isTrue();
    Verdict v = Evaluator.evaluate(new Condition.CurrentHour(11), at11Utc);
    assertThat(v.holds()).isFalse();
    assertThat(v.reason()).isEqualTo("Korean hour is 20 (now 20:00), not 11");
  }

  @Test
  void dateIsToday_switchesAtKoreanMidnight() {
    Booking b = aBooking().startingAt("2026-11-28 00:30").build();
    assertThat(eval(new Condition.DateIsToday(), "2026-11-27 23:59", b).holds()).isFalse();
    assertThat(eval(new Condition.DateIsToday(), "2026-11-28 00:00", b).holds()).isTrue();
    assertThat(eval(new Condition.DateIsToday(), "2026-11-28 23:59", b).holds()).isTrue();
    assertThat(eval(new Condition.DateIsToday(), "2026-11-29 00:00", b).holds()).isFalse();
  }

  @Test
  void dateIsToday_utcStartOnTheNextKoreanDate_isNotTodayTheEveningBefore() {
    // Both instants share the UTC date 2026-11-27; on the Korean clock they do not.
    Booking b = aBooking().startingAt(Instant.parse("2026-11-27T15:30:00Z")).build();
    Verdict v = eval(new Condition.DateIsToday(), "2026-11-27 23:00", b);
    assertThat(v.holds()).isFalse();
    assertThat(v.reason()).isEqualTo("slot date 2026-11-28 is not today 2026-11-27");
    assertThat(eval(new Condition.DateIsToday(), "2026-11-28 09:00", b).holds()).isTrue();
  }

  @ParameterizedTest(name = "slot {0} -> {1}")
  @CsvSource({
    "2025-10-18 23:59, false",
    "2025-10-19 00:00, true",
    "2025-10-20 23:59, true",
    "2025-10-21 00:00, false"
  })
  void dateRange_isInclusiveOnKoreanDates(String slot, boolean holds) {
    Condition range =
        new Condition.DateRange(LocalDate.parse("2025-10-19"), LocalDate.parse("2025-10-20"));
    Booking b = aBooking().startingAt(slot).build();
    assertThat(eval(range, "2025-10-01 10:00", b).holds()).isEqualTo(holds);
  }

  @Test
  void dateRange_utcStartLateOnTheLastDay_fallsOnTheNextKoreanDate() {
    Condition range =
        new Condition.DateRange(LocalDate.parse("2025-10-19"), LocalDate.parse("2025-10-20"));
    Booking b = aBooking().startingAt(Instant.parse("2025-10-20T15:00:00Z")).build();
    Verdict v = eval(range, "2025-10-01 10:00", b);
    assertThat(v.holds()).isFalse();
    assertThat(v.reason()).isEqualTo("slot date 2025-10-21 is outside 2025-10-19..2025-10-20");
  }
}
