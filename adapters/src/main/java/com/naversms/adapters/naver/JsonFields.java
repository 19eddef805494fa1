package com.naversms.adapters.naver;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Lenient typed reads of JSON nodes for snapshot documents. */
final class JsonFields {
  private JsonFields() {}

  static boolean isAbsent(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }

  static Optional<Long> integral(JsonNode n) {
    if (isAbsent(n)) {
      return Optional.empty();
    }
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return Optional.of(n.asLong());
    }
    if (n.isTextual() && n.asText().strip().matches("-?[0-9]{1,18}")) {
      return Optional.of(Long.parseLong(n.asText().strip()));
    }
    return Optional.empty();
  }

  static long longOr(JsonNode n, long fallback) {
    if (!isAbsent(n) && n.isNumber()) {
      return n.asLong();
    }
    return integral(n).orElse(fallback);
  }

  /** A string field of {@code node}, falling back to the same field of {@code fallback}. */
  static Optional<String> text(JsonNode node, JsonNode fallback, String field) {
    JsonNode v = node.get(field);
    if ((isAbsent(v) || !v.isValueNode()) && fallback != null) {
      v = fallback.get(field);
    }
    if (isAbsent(v) || !v.isValueNode()) {
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  /** An ISO-8601 date-time with an offset ({@code Z} or {@code +09:00}). */
  static Optional<Instant> instant(JsonNode n) {
    return offsetDateTime(n).map(OffsetDateTime::toInstant);
  }

  static Optional<OffsetDateTime> offsetDateTime(JsonNode n) {
    if (isAbsent(n) || !n.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(n.asText().strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
