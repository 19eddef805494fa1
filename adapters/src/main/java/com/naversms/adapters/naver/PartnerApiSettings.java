package com.naversms.adapters.naver;

import java.time.Duration;

/**
 * How the partner booking API is called.
 *
 * @param maxAttempts tries of one call that fails with 422, 429, 5xx, a timeout or a broken
 *     connection (the first try included); 401/403 are handled apart (one fresh login)
 * @param backoff pause after the first failed try; doubled after each further one
 * @param concurrency listings (one store's bookings of one status) fetched at the same time, each
 *     with at most two requests open: its count and its first page, asked together as the partner
 *     site's booking list asks for them
 * @param minInterval least time between two steps of one listing: the count with the first page,
 *     then each further page (politeness; the legacy slept 1 s after every page)
 */
public record PartnerApiSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration backoff,
    int concurrency,
    Duration minInterval) {

  public static final int PAGE_SIZE = 50;

  public PartnerApiSettings {
    if (maxAttempts < 1 || concurrency < 1) {
      throw new IllegalArgumentException("maxAttempts and concurrency must be at least 1");
    }
  }

  public static PartnerApiSettings defaults() {
    return new PartnerApiSettings(
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        3,
        Duration.ofSeconds(1),
        4,
        Duration.ofMillis(250));
  }

  public PartnerApiSettings withRetries(int attempts, Duration firstBackoff) {
    return new PartnerApiSettings(
        connectTimeout, requestTimeout, attempts, firstBackoff, concurrency, minInterval);
  }

  public PartnerApiSettings withConcurrency(int stores) {
    return new PartnerApiSettings(
        connectTimeout, requestTimeout, maxAttempts, backoff, stores, minInterval);
  }

  public PartnerApiSettings withMinInterval(Duration interval) {
    return new PartnerApiSettings(
        connectTimeout, requestTimeout, maxAttempts, backoff, concurrency, interval);
  }

  public PartnerApiSettings withRequestTimeout(Duration timeout) {
    return new PartnerApiSettings(
        connectTimeout, timeout, maxAttempts, backoff, concurrency, minInterval);
  }
}
