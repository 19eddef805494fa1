package com.naversms.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.slack.SlackSettings;
import com.naversms.adapters.telegram.TelegramSettings;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 12: one operator notice is bounded however Telegram or Slack behave (no answer,
 * 5xx, flood control), so the cycle's notice budget is never spent on one post's retries.
 */
class NoticeBoundsTest {
  static final Duration MOST_FOR_ONE_NOTICE = Duration.ofSeconds(30);

  static Duration worstCase(
      Duration connect, Duration request, Backoff retries, Duration maxRetryWait) {
    Duration total = Duration.ZERO;
    for (int attempt = 1; attempt <= retries.maxAttempts(); attempt++) {
      total = total.plus(connect).plus(request);
      if (attempt < retries.maxAttempts()) {
        total = total.plus(retries.delayAfter(attempt, Optional.of(maxRetryWait)));
      }
    }
    return total;
  }

  @Test
  void telegram_oneNoticeNeverTakesLongerThanThirtySeconds() {
    TelegramSettings s = TelegramSettings.production();
    assertThat(s.retries().maxAttempts()).isLessThanOrEqualTo(2);
    assertThat(worstCase(s.connectTimeout(), s.requestTimeout(), s.retries(), s.maxRetryWait()))
        .isLessThanOrEqualTo(MOST_FOR_ONE_NOTICE);
  }

  @Test
  void slack_oneNoticeNeverTakesLongerThanThirtySeconds() {
    SlackSettings s = SlackSettings.production();
    assertThat(s.retries().maxAttempts()).isLessThanOrEqualTo(2);
    assertThat(worstCase(s.connectTimeout(), s.requestTimeout(), s.retries(), s.maxRetryWait()))
        .isLessThanOrEqualTo(MOST_FOR_ONE_NOTICE);
  }
}
