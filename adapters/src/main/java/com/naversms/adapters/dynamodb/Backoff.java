package com.naversms.adapters.dynamodb;

import java.time.Duration;

/**
 * How often and how patiently a throttled request (or a batch's unprocessed keys) is retried before
 * the store gives up with a {@code StateStoreException}. The delay doubles from {@code firstDelay}
 * up to {@code maxDelay}.
 *
 * @param maxAttempts tries in total, the first one included
 */
public record Backoff(int maxAttempts, Duration firstDelay, Duration maxDelay) {
  /** 5 tries, 100 ms doubling to 2 s: about 1.5 s of waiting, well inside one cycle. */
  public static final Backoff DEFAULT =
      new Backoff(5, Duration.ofMillis(100), Duration.ofSeconds(2));

  public Backoff {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
  }

  /** The wait before try number {@code attempt + 1}, after {@code attempt} tries failed. */
  Duration delayAfter(int attempt) {
    long millis = firstDelay.toMillis() << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
  }
}
