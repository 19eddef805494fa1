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

  /**
   * 3 s to connect, 5 s for the answer, 2 attempts, Retry-After waits up to 10 s: one post takes at
   * most about 25 s, and the cycle's notice budget bounds them all (docs/operations.md 2.3).
   */
  public static SlackSettings production() {
    return new SlackSettings(
        Duration.ofSeconds(3),
        Duration.ofSeconds(5),
        new Backoff(2, Duration.ofMillis(500), Duration.ofSeconds(10)),
        Duration.ofSeconds(10));
  }

  public SlackSettings withRetries(Backoff backoff, Duration maxWait) {
    return new SlackSettings(connectTimeout, requestTimeout, backoff, maxWait);
  }
}
