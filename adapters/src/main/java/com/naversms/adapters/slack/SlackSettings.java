package com.naversms.adapters.slack;

import com.naversms.adapters.http.Backoff;
import java.time.Duration;

/**
 * How the Slack notifiers talk to Slack. {@code maxRetryWait}: the longest {@code Retry-After} they
 * wait for; a longer one gives up at once.
 */
public record SlackSettings(
    Duration connectTimeout, Duration requestTimeout, Backoff retries, Duration maxRetryWait) {

  /** Texts go in parts of at most this many characters (a Block Kit section's limit). */
  public static final int MAX_CHARS = 3000;

  public static SlackSettings production() {
    return new SlackSettings(
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        new Backoff(3, Duration.ofMillis(500), Duration.ofSeconds(30)),
        Duration.ofSeconds(30));
  }

  public SlackSettings withRetries(Backoff backoff, Duration maxWait) {
    return new SlackSettings(connectTimeout, requestTimeout, backoff, maxWait);
  }
}
