package com.naversms.adapters.http;

import java.time.Duration;
import java.util.Optional;

/**
 * Bounded retries: {@code maxAttempts} in all (1 = no retry), waiting {@code first}, then twice as
 * long each time, never longer than {@code longest}. A server's Retry-After is honoured up to
 * {@code longest}.
 */
public record Backoff(int maxAttempts, Duration first, Duration longest) {
  public Backoff {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
  }

  public static Backoff none() {
    return new Backoff(1, Duration.ZERO, Duration.ZERO);
  }

  /** The wait after failed attempt {@code attempt} (1-based). */
  public Duration delayAfter(int attempt) {
    long millis = first.toMillis() << Math.min(attempt - 1, 20);
    return millis > longest.toMillis() ? longest : Duration.ofMillis(millis);
  }

  /** The server's wish when it gave one (capped at {@code longest}), else {@link #delayAfter}. */
  public Duration delayAfter(int attempt, Optional<Duration> serverWish) {
    return serverWish.map(w -> w.compareTo(longest) > 0 ? longest : w).orElse(delayAfter(attempt));
  }

  /** A {@code Retry-After} header in seconds; dates and junk read as absent. */
  public static Optional<Duration> retryAfterSeconds(Optional<String> header) {
    return header.flatMap(value -> {
      try {
        long seconds = Long.parseLong(value.trim());
        return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }
}
