package com.naversms.core.secrets;

import java.util.List;
import java.util.Map;

/**
 * The secrets the service reads, by their legacy names and keys (docs/design.md 5). Naver and SENS
 * are required for a live cycle; Telegram and Slack only when those channels are used.
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

  /**
   * The shape of each key's value ({@link SecretShape}), optional keys included (Slack's {@code
   * bot_token}, SENS's {@code alimtalk_service_id}).
   */
  public Map<String, SecretShape> shapes() {
    return switch (this) {
      case NAVER ->
          Map.of("username", SecretShape.NAVER_USERNAME, "password", SecretShape.NAVER_PASSWORD);
      case SENS ->
          Map.of(
              "access_key", SecretShape.NCP_KEY,
              "secret_key", SecretShape.NCP_KEY,
              "service_id", SecretShape.SENS_SERVICE_ID,
              "alimtalk_service_id", SecretShape.ALIMTALK_SERVICE_ID);
      case TELEGRAM ->
          Map.of(
              "bot_token", SecretShape.TELEGRAM_BOT_TOKEN,
              "chat_id", SecretShape.TELEGRAM_CHAT_ID);
      case SLACK ->
          Map.of("webhook_url", SecretShape.WEBHOOK_URL, "bot_token", SecretShape.SLACK_BOT_TOKEN);
    };
  }
}
