package com.naversms.core.state;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11.6: the phone forms the two Python systems keyed {@code sms} items with. */
class RecordKeysTest {

  @Test
  void an010Number_hasOneForm_inBothSystems() {
    assertThat(RecordKeys.phoneForms("01000001234")).containsExactly("010-0000-1234");
  }

  @Test
  void anotherElevenDigitNumber_isHyphenatedByTheLegacy_andBareDigitsByTheRefactor() {
    assertThat(RecordKeys.phoneForms("01100001234"))
        .containsExactly("011-0000-1234", "01100001234");
  }

  @Test
  void aTenDigitNumber_isThreeFourRestByTheLegacy_andThreeThreeFourByTheRefactor() {
    assertThat(RecordKeys.phoneForms("0110001234")).containsExactly("011-0001-234", "011-000-1234");
  }

  @Test
  void theFormsDoNotDependOnHowTheBookingWroteTheNumber() {
    assertThat(RecordKeys.phoneForms("011-000-1234"))
        .isEqualTo(RecordKeys.phoneForms("0110001234"));
  }

  @Test
  void aNumberNaverGaveWithCountryCode_stillFindsTheItemAPythonSystemKeyedWithThatText() {
    Booking b =
        aBooking().id(4).phone("01000001234").raw(Map.of("phone", "+82 10-0000-1234")).build();

    assertThat(RecordKeys.candidates(b))
        .extracting(RecordKey::phone)
        .containsExactly("010-0000-1234", "+82- 10--0000-1234", "821000001234");
    RecordKey legacy = new RecordKey("1051707_4", "+82- 10--0000-1234");
    assertThat(RecordKeys.of(b, Map.of(legacy, record(legacy)))).isEqualTo(legacy);
    assertThat(RecordKeys.forNewItem(b)).isEqualTo(new RecordKey("1051707_4", "010-0000-1234"));
  }

  @Test
  void aBookingWithoutItem_getsTheLegacyForm() {
    Booking b = aBooking().id(1).phone("0110001234").build();

    assertThat(RecordKeys.of(b, Map.of())).isEqualTo(new RecordKey("1051707_1", "011-0001-234"));
    assertThat(RecordKeys.forNewItem(b)).isEqualTo(new RecordKey("1051707_1", "011-0001-234"));
  }

  @Test
  void theFormThatExists_isTheBookingsKey() {
    Booking b = aBooking().id(2).phone("01100001234").build();
    RecordKey refactor = new RecordKey("1051707_2", "01100001234");

    assertThat(RecordKeys.of(b, Map.of(refactor, record(refactor)))).isEqualTo(refactor);
  }

  @Test
  void whenBothFormsExist_theLegacyOneWins() {
    Booking b = aBooking().id(3).phone("0110001234").build();
    RecordKey legacy = new RecordKey("1051707_3", "011-0001-234");
    RecordKey refactor = new RecordKey("1051707_3", "011-000-1234");

    assertThat(RecordKeys.of(b, Map.of(refactor, record(refactor), legacy, record(legacy))))
        .isEqualTo(legacy);
  }

  @Test
  void toRead_asksForEveryFormOfEveryBooking_once() {
    Booking a = aBooking().id(4).phone("01000001234").build();
    Booking b = aBooking().id(5).phone("01100001234").build();

    assertThat(RecordKeys.toRead(List.of(a, b, a)))
        .containsExactly(
            new RecordKey("1051707_4", "010-0000-1234"),
            new RecordKey("1051707_5", "011-0000-1234"),
            new RecordKey("1051707_5", "01100001234"));
  }

  private static StoredRecord record(RecordKey key) {
    return new StoredRecord(
        key, "김테스트", LocalDateTime.of(2026, 11, 27, 14, 0), true, false, false, "", Map.of());
  }
}
