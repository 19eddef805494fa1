package com.naversms.adapters.telegram;

import com.naversms.adapters.http.Backoff;
import java.net.URI;
import java.time.Duration;

/**
 * How the Telegram notifier talks to the Bot API. {@code maxRetryWait}: the longest flood-control
 * wait ({@code retry_after}) it accepts; a longer one gives up at once.
 */
public record TelegramSettings(
    URI baseUrl,
    ParseMode parseMode,
    Duration connectTimeout,
    Duration requestTimeout,
    Backoff retries,
    Duration maxRetryWait) {

  public static final URI PRODUCTION = URI.create("https://api.telegram.org");

  /**
   * Plain text (the legacy run summaries use none); 3 s to connect, 5 s for the answer, 2 attempts,
   * flood waits up to 10 s: one notice takes at most about 25 s however Telegram behaves, and the
   * cycle's notice budget bounds them all (docs/operations.md 2.3).
   */
  public static TelegramSettings production() {
    return new TelegramSettings(
        PRODUCTION,
        ParseMode.NONE,
        Duration.ofSeconds(3),
        Duration.ofSeconds(5),
        new Backoff(2, Duration.ofMillis(500), Duration.ofSeconds(10)),
        Duration.ofSeconds(10));
  }

  public TelegramSettings withBaseUrl(URI url) {
    return new TelegramSettings(
        url, parseMode, connectTimeout, requestTimeout, retries, maxRetryWait);
  }

  public TelegramSettings withParseMode(ParseMode mode) {
    return new TelegramSettings(
        baseUrl, mode, connectTimeout, requestTimeout, retries, maxRetryWait);
  }

  public TelegramSettings withRetries(Backoff backoff, Duration maxWait) {
    return new TelegramSettings(
        baseUrl, parseMode, connectTimeout, requestTimeout, backoff, maxWait);
  }
}
