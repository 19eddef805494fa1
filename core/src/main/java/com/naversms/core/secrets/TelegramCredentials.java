package com.naversms.core.secrets;

/** {@code naver-sms-automation/telegram-credentials}. {@link #toString()} hides the token. */
public record TelegramCredentials(String botToken, String chatId) {
  @Override
  public String toString() {
    return "TelegramCredentials[botToken=" + Masking.mask(botToken) + ", chatId=" + chatId + "]";
  }
}
