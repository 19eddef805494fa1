package com.naversms.core.plan;

import static com.naversms.core.plan.PlanAssertions.plan;
import static com.naversms.core.plan.PlanAssertions.summary;
import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.fixtures.TestConfig;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11.6: a booking whose item either Python system wrote, under whatever phone form, is a
 * known booking: no second confirmation, no second item, and its claims and flags name that item.
 */
class PlannerKeyFormsTest {

  @ParameterizedTest(name = "{0} stored as {1}")
  @CsvSource({
    "01000001234, 010-0000-1234",
    "01100001234, 011-0000-1234",
    "01100001234, 01100001234",
    "0110001234, 011-0001-234",
    "0110001234, 011-000-1234"
  })
  void aConfirmedRecordUnderAnyForm_getsOnlyTheGuide_onThatItem(String phone, String stored) {
    Booking b = aBooking().id(7).phone(phone).startingAt("2026-11-27 15:00").build();
    RecordKey key = new RecordKey("1051707_7", stored);

    Plan plan = plan("2026-11-27 13:30", TestConfig.legacyRules(), Map.of(key, confirmed(key)), b);

    assertThat(summary(plan))
        .containsExactly(
            "1051707_7 Two-Hour Reminder: send_sms(guide)",
            "1051707_7 Two-Hour Reminder: update_flag(remind_sms=true)",
            "1051707_7 Two-Hour Reminder: send_telegram(상세안내 화성새솔점 김민수 "
                + phone.substring(phone.length() - 4)
                + ")");
    assertThat(plan.actions())
        .filteredOn(
            a -> a instanceof PlannedAction.SendSms || a instanceof PlannedAction.UpdateFlag)
        .extracting(a ->
            a instanceof PlannedAction.SendSms s ? s.key() : ((PlannedAction.UpdateFlag) a).key())
        .containsOnly(key);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "01000001234, 010-0000-1234",
    "01100001234, 011-0000-1234",
    "0110001234, 011-0001-234"
  })
  void aNewBooking_isRecordedUnderTheLegacyForm(String phone, String legacy) {
    Booking b = aBooking().id(8).phone(phone).startingAt("2026-11-27 15:00").build();

    Plan plan = plan("2026-11-27 10:00", TestConfig.legacyRules(), b);

    assertThat(plan.actions())
        .filteredOn(a -> a instanceof PlannedAction.CreateDbRecord)
        .singleElement()
        .extracting(a -> ((PlannedAction.CreateDbRecord) a).record().key())
        .isEqualTo(new RecordKey("1051707_8", legacy));
  }

  private static StoredRecord confirmed(RecordKey key) {
    return new StoredRecord(
        key, "김민수", LocalDateTime.of(2026, 11, 27, 15, 0), true, false, false, "", Map.of());
  }
}
