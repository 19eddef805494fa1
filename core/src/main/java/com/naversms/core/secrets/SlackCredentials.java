package com.naversms.core.secrets;

import java.util.Optional;

/**
 * {@code naver-sms-automation/slack-credentials}: {@code webhook_url}, and optionally {@code
 * bot_token} for {@code chat.postMessage}. {@link #toString()} hides both.
 */
public record SlackCredentials(String webhookUrl, Optional<String> botToken) {
  @Override
  public String toString() {
    return "SlackCredentials[webhookUrl="
        + Masking.mask(webhookUrl)
        + ", botToken="
        + botToken.map(Masking::mask).orElse("none")
        + "]";
  }
}
