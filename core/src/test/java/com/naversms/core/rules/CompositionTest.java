package com.naversms.core.rules;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.fixtures.Situations;
import com.naversms.core.rules.fixtures.TestConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionTest {
  private final Booking rc03At15 = aBooking().startingAt("2026-11-27 15:00").build();
  private final Situation at1210 = Situations.at("2026-11-27 12:10", rc03At15);
  private static final Condition HOLDS = new Condition.BookingStatus("RC03");
  private static final Condition FAILS = new Condition.TimeBeforeBooking(2);
  private static final Condition ALSO_FAILS = new Condition.CurrentHour(20);

  @Test
  void all_reportsTheFirstChildThatFailed() {
    Verdict v = Evaluator.evaluate(new Condition.All(List.of(HOLDS, FAILS, ALSO_FAILS)), at1210);
    assertThat(v.holds()).isFalse();
    assertThat(v.condition()).isEqualTo("time_before_booking(2)");
    assertThat(v.reason()).isEqualTo("now 12:10 is before window start 13:00");
  }

  @Test
  void all_emptyHolds_likeTheLegacyEmptyList() {
    assertThat(Evaluator.evaluate(new Condition.All(List.of()), at1210).holds()).isTrue();
    assertThat(Evaluator.evaluate(new Condition.All(List.of(HOLDS, HOLDS)), at1210).holds())
        .isTrue();
  }

  @Test
  void any_holdsWhenOneHolds_failsWithEveryReason() {
    assertThat(Evaluator.evaluate(new Condition.Any(List.of(FAILS, HOLDS)), at1210).holds())
        .isTrue();
    Verdict v = Evaluator.evaluate(new Condition.Any(List.of(FAILS, ALSO_FAILS)), at1210);
    assertThat(v.holds()).isFalse();
    assertThat(v.condition()).isEqualTo("any(time_before_booking(2), current_hour(20))");
    assertThat(v.reason())
        .contains("time_before_booking(2): now 12:10 is before window start 13:00")
        .contains("current_hour(20): Korean hour is 12");
    assertThat(Evaluator.evaluate(new Condition.Any(List.of()), at1210).holds()).isFalse();
  }

  @Test
  void not_inverts() {
    assertThat(Evaluator.evaluate(new Condition.Not(FAILS), at1210).holds()).isTrue();
    Verdict v = Evaluator.evaluate(new Condition.Not(HOLDS), at1210);
    assertThat(v.holds()).isFalse();
    assertThat(v.condition()).isEqualTo("not(booking_status(RC03))");
    assertThat(v.reason()).isEqualTo("booking_status(RC03) holds: status is RC03");
  }

  @Test
  void nested_allOfAnyAndNot() {
    Condition c =
        new Condition.All(
            List.of(
                new Condition.Any(List.of(FAILS, HOLDS)),
                new Condition.Not(new Condition.Any(List.of(FAILS, ALSO_FAILS)))));
    assertThat(Evaluator.evaluate(c, at1210).holds()).isTrue();
    Condition failing =
        new Condition.All(
            List.of(
                new Condition.Any(List.of(FAILS, HOLDS)),
                new Condition.Not(new Condition.Any(List.of(HOLDS)))));
    assertThat(Evaluator.evaluate(failing, at1210).condition())
        .isEqualTo("not(any(booking_status(RC03)))");
  }

  @Test
  void disabledRule_neverFires() {
    Rule enabled = TestConfig.rule("r", HOLDS);
    Rule disabled = new Rule("r", false, "", HOLDS, List.of(), enabled.location());
    assertThat(Evaluator.evaluate(enabled, at1210).holds()).isTrue();
    Verdict v = Evaluator.evaluate(disabled, at1210);
    assertThat(v.holds()).isFalse();
    assertThat(v.reason()).isEqualTo("rule is disabled");
  }
}
