package com.naversms.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Store;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.Unsettled;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyDigestTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

  private static long kst(String localDateTime) {
    return LocalDateTime.parse(localDateTime)
        .atZone(java.time.ZoneId.of("Asia/Seoul"))
        .toInstant()
        .toEpochMilli();
  }

  private static StoredRecord record(String bookingNum, Map<String, Object> extra) {
    return new StoredRecord(
        new RecordKey(bookingNum, "010-0000-0001"),
        "한예시",
        LocalDateTime.parse("2026-12-05T10:00:00"),
        true,
        false,
        false,
        "",
        extra);
  }

  @Test
  void countsTheKoreanDaysSendsByStoreAndTemplate_andNamesNoPhoneOrName() {
    List<StoredRecord> records =
        List.of(
            record(
                "1000001_1",
                Map.of(
                    "confirm_sms_sent_at", kst("2026-12-04T00:10:00"),
                    "confirm_sms_template", "confirmation",
                    "remind_sms_sent_at", kst("2026-12-03T23:50:00"))),
            record(
                "1000001_2",
                Map.of(
                    "confirm_sms_sent_at",
                    kst("2026-12-04T20:59:00"),
                    "confirm_sms_template",
                    "confirmation")),
            record("1000002_3", Map.of("guide_sms_sent_at", kst("2026-12-04T12:00:00"))),
            record("1000002_4", Map.of("remind_sms_attempts", 1)));
    List<Unsettled> open =
        List.of(
            new Unsettled.StaleClaim(
                new MessageKey(new RecordKey("1000001_9", "010-0000-0009"), "confirm_sms"),
                Instant.EPOCH));

    String text =
        DailyDigest.text(
            DAY,
            LocalTime.of(21, 0),
            records,
            open,
            3,
            List.of(new Store("1000001", "예시스튜디오 강남점", "강남점", "", "")),
            List.of());

    assertThat(text)
        .isEqualTo(
            String.join(
                "\n",
                "📅 일일 요약 2026-12-04 (21:00 KST 기준)",
                "오늘 발송 3건",
                "- 강남점 (1000001): confirmation 2",
                "- 1000002: guide_sms 1",
                "실패 후 재시도 대기 1건",
                "최종 실패 (미해결) 0건",
                "전달 불확실 (미해결) 1건 [1000001_9 confirm_sms]"));
  }

  @Test
  void theDigestIsDueFromItsHourInKorea() {
    OperatorChat chat = OperatorChat.production();
    assertThat(chat.digestDue(Instant.parse("2026-12-04T11:59:59Z"))).isEmpty(); // 20:59 KST
    assertThat(chat.digestDue(Instant.parse("2026-12-04T12:00:00Z"))).contains(DAY);
    assertThat(chat.digestDue(Instant.parse("2026-12-04T14:59:00Z"))).contains(DAY);
    assertThat(chat.withDigestAt(Optional.empty()).digestDue(Instant.parse("2026-12-04T14:00:00Z")))
        .isEmpty();
  }
}
