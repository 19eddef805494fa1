package com.naversms.simulator.naver;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The partner API's list/count query, read and checked the way the partner API does. */
record BookingQuery(
    Set<String> statuses,
    Set<String> itemTypes,
    String dateFilter,
    Instant start,
    Instant end,
    int page,
    int size,
    boolean ascending) {

  static final Duration MAX_RANGE = Duration.ofDays(31);
  static final int DEFAULT_SIZE = 50;

  sealed interface Parsed {}

  record Valid(BookingQuery query) implements Parsed {}

  /** Answered 422. */
  record Unprocessable(String reason) implements Parsed {}

  static Parsed parse(Map<String, String> params) {
    Instant start;
    Instant end;
    try {
      start = instant(params, "startDateTime");
      end = instant(params, "endDateTime");
    } catch (DateTimeParseException e) {
      return new Unprocessable(
          "startDateTime/endDateTime must be ISO date-times with a zone, e.g."
              + " 2026-11-27T00:00:00.000Z: "
              + e.getParsedString());
    }
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        return new Unprocessable("endDateTime is before startDateTime");
      }
      if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
        return new Unprocessable("date range is longer than 31 days");
      }
    }
    int page;
    int size;
    try {
      page = integer(params, "page", 0);
      size = integer(params, "size", DEFAULT_SIZE);
    } catch (NumberFormatException e) {
      return new Unprocessable("page and size must be integers");
    }
    if (page < 0 || size < 1 || size > 100) {
      return new Unprocessable("page must be >= 0 and size 1..100");
    }
    return new Valid(
        new BookingQuery(
            list(params.get("bookingStatusCodes")),
            list(params.get("bizItemTypes")),
            params.getOrDefault("dateFilter", "USEDATE"),
            start,
            end,
            page,
            size,
            !"DESC".equalsIgnoreCase(params.get("orderByStartDate"))));
  }

  private static Instant instant(Map<String, String> params, String name) {
    String text = params.get(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    return OffsetDateTime.parse(text.trim()).toInstant();
  }

  private static int integer(Map<String, String> params, String name, int fallback) {
    String text = params.get(name);
    return text == null || text.isBlank() ? fallback : Integer.parseInt(text.trim());
  }

  private static Set<String> list(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(text.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
