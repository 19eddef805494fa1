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

  /** Plain text (the legacy run summaries use none), 3 attempts, flood waits up to 30 s. */
  public static TelegramSettings production() {
    return new TelegramSettings(
        PRODUCTION,
        ParseMode.NONE,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        new Backoff(3, Duration.ofMillis(500), Duration.ofSeconds(30)),
        Duration.ofSeconds(30));
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
