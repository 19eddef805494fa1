package com.naversms.core.rules;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.RecordBuilder.aRecordFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.fixtures.Situations;
import org.junit.jupiter.api.Test;

class RecordConditionsTest {
  private static final String NOW = "2026-11-27 10:00";
  private final Booking booking = aBooking().id(42).build();

  @Test
  void bookingNotInDb_holdsOnlyWithoutRecord() {
    Condition c = new Condition.BookingNotInDb();
    assertThat(Evaluator.evaluate(c, Situations.at(NOW, booking)).holds()).isTrue();
    Verdict v = Evaluator.evaluate(c, Situations.at(NOW, booking, aRecordFor(booking).build()));
    assertThat(v.holds()).isFalse();
    assertThat(v.reason()).isEqualTo("a record exists for 1051707_42");
  }

  @Test
  void bookingInDb_holdsOnlyWithRecord() {
    Condition c = new Condition.BookingInDb();
    Verdict v = Evaluator.evaluate(c, Situations.at(NOW, booking));
    assertThat(v.holds()).isFalse();
    assertThat(v.reason()).isEqualTo("no record for 1051707_42");
    assertThat(
            Evaluator.evaluate(c, Situations.at(NOW, booking, aRecordFor(booking).build())).holds())
        .isTrue();
  }

  @Test
  void flagNotSet_holdsWithoutRecordOrWhenFalse_failsWhenTrue() {
    Condition c = new Condition.FlagNotSet("remind_sms");
    assertThat(Evaluator.evaluate(c, Situations.at(NOW, booking)).holds()).isTrue();
    assertThat(
            Evaluator.evaluate(
                    c, Situations.at(NOW, booking, aRecordFor(booking).confirmed().build()))
                .holds())
        .isTrue();
    Verdict v =
        Evaluator.evaluate(c, Situations.at(NOW, booking, aRecordFor(booking).reminded().build()));
    assertThat(v.holds()).isFalse();
    assertThat(v.reason()).isEqualTo("remind_sms is already set");
  }

  @Test
  void flagNotSet_customFlagMissingOrNotBooleanTrue_isNotSet() {
    Condition c = new Condition.FlagNotSet("custom_event_sms");
    assertThat(
            Evaluator.evaluate(c, Situations.at(NOW, booking, aRecordFor(booking).build())).holds())
        .isTrue();
    var asString = aRecordFor(booking).extra("custom_event_sms", "true").build();
    assertThat(Evaluator.evaluate(c, Situations.at(NOW, booking, asString)).holds()).isTrue();
    var set = aRecordFor(booking).extra("custom_event_sms", true).build();
    assertThat(Evaluator.evaluate(c, Situations.at(NOW, booking, set)).holds()).isFalse();
  }

  @Test
  void flagSet_needsRecordAndTrueFlag() {
    Condition c = new Condition.FlagSet("option_sms");
    assertThat(Evaluator.evaluate(c, Situations.at(NOW, booking)).holds()).isFalse();
    assertThat(
            Evaluator.evaluate(c, Situations.at(NOW, booking, aRecordFor(booking).build())).holds())
        .isFalse();
    assertThat(
            Evaluator.evaluate(
                    c, Situations.at(NOW, booking, aRecordFor(booking).optionSent().build()))
                .holds())
        .isTrue();
  }
}
