package com.naversms.formats.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.BookingProblem;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

  @Test
  void legacyItems_readWithMissingFlagsFalseAndOtherAttributesKept() {
    String json =
        "[{\"booking_num\": \"1000001_9100000001\", \"phone\": \"010-0000-1234\", \"name\":"
            + " \"김민준\", \"booking_time\": \"2026-11-27 14:00:00\", \"confirm_sms\": true,"
            + " \"remind_sms\": false, \"option_time\": \"\", \"biz_id\": \"1000001\","
            + " \"custom_flag\": true}]";

    RecordRead read = RecordJson.read(json, "records.json");

    assertThat(read.problems()).isEmpty();
    StoredRecord r = read.records().get(0);
    assertThat(r.key()).isEqualTo(new RecordKey("1000001_9100000001", "010-0000-1234"));
    assertThat(r.name()).isEqualTo("김민준");
    assertThat(r.bookingTime()).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 0));
    assertThat(r.confirmSms()).isTrue();
    assertThat(r.remindSms()).isFalse();
    assertThat(r.optionSms()).isFalse();
    assertThat(r.extra()).containsEntry("biz_id", "1000001").containsEntry("custom_flag", true);
    assertThat(r.flag("custom_flag")).isTrue();
    assertThat(r.extra()).doesNotContainKeys("phone", "confirm_sms");
  }

  @Test
  void dynamoDbTypedValues_areUnwrapped() {
    String json =
        "{\"Items\": [{\"booking_num\": {\"S\": \"1000002_5\"}, \"phone\": {\"S\":"
            + " \"01000001111\"}, \"booking_time\": {\"S\": \"2026-11-27 09:30:00\"},"
            + " \"option_sms\": {\"BOOL\": true}, \"pro_edit_count\": {\"N\": \"3\"}}]}";

    StoredRecord r = RecordJson.read(json, "scan.json").records().get(0);

    assertThat(r.key()).isEqualTo(new RecordKey("1000002_5", "010-0000-1111"));
    assertThat(r.optionSms()).isTrue();
    assertThat(r.extra()).containsEntry("pro_edit_count", 3L);
  }

  @Test
  void itemWithoutKey_isSkipped_badTimeIsReportedButRecordKept() {
    String json =
        "[{\"phone\": \"010-0000-1234\"},"
            + " {\"booking_num\": \"1_2\", \"phone\": \"010-0000-2222\", \"booking_time\":"
            + " \"soon\", \"confirm_sms\": \"yes\"}]";

    RecordRead read = RecordJson.read(json, "r.json");

    assertThat(read.records()).extracting(rec -> rec.key().bookingNum()).containsExactly("1_2");
    assertThat(read.records().get(0).bookingTime()).isNull();
    assertThat(read.problems())
        .extracting(BookingProblem::bookingId, BookingProblem::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("at index 0", "booking_num"),
            org.assertj.core.groups.Tuple.tuple("1_2", "booking_time"),
            org.assertj.core.groups.Tuple.tuple("1_2", "confirm_sms"));
  }

  @Test
  void aPhoneFormAPythonSystemWrote_isKeptAsStored_bareDigitsNoSystemWroteReadAsTheLegacyForm() {
    String json =
        "[{\"booking_num\": \"1_1\", \"phone\": \"01100001234\"},"
            + " {\"booking_num\": \"1_2\", \"phone\": \"011-000-1234\"},"
            + " {\"booking_num\": \"1_3\", \"phone\": \"011-0001-234\"},"
            + " {\"booking_num\": \"1_4\", \"phone\": \"01000001234\"}]";

    RecordRead read = RecordJson.read(json, "r.json");

    assertThat(read.records())
        .extracting(rec -> rec.key().phone())
        .containsExactly("01100001234", "011-000-1234", "011-0001-234", "010-0000-1234");
  }
}
