package com.naversms.adapters.naver;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each value that repeats across the bookings of a fetch: store ids, status codes,
 * option, item and coupon names, slot instants, dates and times. A cycle of 100 stores × 625
 * bookings held 62,500 copies of each; now it holds one per distinct value (issue 19 item 4,
 * docs/performance.md). The values are immutable, so sharing an instance changes nothing a reader
 * sees. Thread-safe: the stores of one fetch share it.
 */
final class SharedValues {
  /** Past this many distinct values a value is kept as read, unshared: the map stays bounded. */
  private static final int LIMIT = 100_000;

  private final ConcurrentHashMap<Object, Object> seen = new ConcurrentHashMap<>();

  /** The instance of {@code value} seen first, or {@code value} itself (null stays null). */
  <T> T of(T value) {
    if (value == null) {
      return null;
    }
    Object shared = seen.get(value);
    if (shared == null) {
      if (seen.size() >= LIMIT) {
        return value;
      }
      shared = seen.putIfAbsent(value, value);
      if (shared == null) {
        return value;
      }
    }
    @SuppressWarnings("unchecked") // equal to value and of its class: checked below
    T same = shared.getClass() == value.getClass() ? (T) shared : value;
    return same;
  }

  /** As {@link #of}; a date-time not seen before still shares its date and its time of day. */
  OffsetDateTime dateTime(OffsetDateTime value) {
    if (value == null) {
      return null;
    }
    Object shared = seen.get(value);
    if (shared instanceof OffsetDateTime same) {
      return same;
    }
    LocalDateTime local = value.toLocalDateTime();
    return of(
        OffsetDateTime.of(
            LocalDateTime.of(of(local.toLocalDate()), of(local.toLocalTime())), value.getOffset()));
  }
}
