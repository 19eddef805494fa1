package com.naversms.core.secrets;

import java.util.List;

/**
 * The secrets the service reads, by their legacy names and keys (DESIGN.md 5). Naver and SENS are
 * required for a live cycle; Telegram and Slack only when those channels are used.
 */
public enum KnownSecret {
  NAVER("naver-sms-automation/naver-credentials", List.of("username", "password"), true),
  SENS(
      "naver-sms-automation/sens-credentials",
      List.of("access_key", "secret_key", "service_id"),
      true),
  TELEGRAM("naver-sms-automation/telegram-credentials", List.of("bot_token", "chat_id"), false),
  SLACK("naver-sms-automation/slack-credentials", List.of("webhook_url"), false);

  private final String secretName;
  private final List<String> keys;
  private final boolean required;

  KnownSecret(String secretName, List<String> keys, boolean required) {
    this.secretName = secretName;
    this.keys = keys;
    this.required = required;
  }

  public String secretName() {
    return secretName;
  }

  /** The keys the secret's JSON must hold (non-blank). */
  public List<String> keys() {
    return keys;
  }

  public boolean required() {
    return required;
  }
}
