package com.naversms.app.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeTimeTest {
  @Test
  void utcWithKoreanTimeBeside() {
    assertThat(NoticeTime.of(Instant.parse("2026-12-04T00:40:00Z")))
        .isEqualTo("2026-12-04 00:40:00 UTC (09:40:00 KST)");
  }

  @Test
  void theKoreanDateWhenItIsAlreadyTheNextDay() {
    assertThat(NoticeTime.of(Instant.parse("2026-12-04T15:20:00.250Z")))
        .isEqualTo("2026-12-04 15:20:00 UTC (2026-12-05 00:20:00 KST)");
  }
}
