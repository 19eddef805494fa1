package com.naversms.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.http.Json;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A control request's JSON object body, read field by field; a bad field throws {@link BadField}.
 */
final class Body {
  private final JsonNode node;

  private Body(JsonNode node) {
    this.node = node;
  }

  /** The body as a JSON object; an empty body reads as {}. */
  static Body of(String text) {
    if (text == null || text.isBlank()) {
      return new Body(Json.MAPPER.createObjectNode());
    }
    JsonNode node =
        Json.parse(text).orElseThrow(() -> new BadField("body", "not JSON: " + clip(text)));
    if (!node.isObject()) {
      throw new BadField("body", "expected a JSON object, got " + node.getNodeType());
    }
    return new Body(node);
  }

  /** Refuses fields outside {@code allowed} (a typo must not pass silently). */
  Body only(Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new BadField(name, "unknown field (known: " + new TreeSet<>(allowed) + ")");
      }
    }
    return this;
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  Optional<JsonNode> node(String field) {
    return has(field) ? Optional.of(node.get(field)) : Optional.empty();
  }

  String requiredText(String field) {
    return text(field).orElseThrow(() -> new BadField(field, "required"));
  }

  /** A string (a number is read as its digits). */
  Optional<String> text(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode value = node.get(field);
    if (value.isTextual() || value.isIntegralNumber()) {
      String text = value.asText().trim();
      if (text.isEmpty()) {
        throw new BadField(field, "must not be blank");
      }
      return Optional.of(text);
    }
    throw new BadField(field, "expected a string, got " + value.getNodeType());
  }

  Optional<String> digits(String field, String example) {
    Optional<String> text = text(field);
    text.ifPresent(t -> {
      if (!t.matches("[0-9]+")) {
        throw new BadField(field, "expected digits only (e.g. " + example + "), got \"" + t + "\"");
      }
    });
    return text;
  }

  Optional<Integer> integer(String field, int min, int max) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode value = node.get(field);
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new BadField(field, "expected a whole number, got " + value);
    }
    int n = value.intValue();
    if (n < min || n > max) {
      throw new BadField(field, "expected " + min + ".." + max + ", got " + n);
    }
    return Optional.of(n);
  }

  Optional<Boolean> bool(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode value = node.get(field);
    if (!value.isBoolean()) {
      throw new BadField(field, "expected true or false, got " + value);
    }
    return Optional.of(value.booleanValue());
  }

  Optional<OffsetDateTime> dateTime(String field) {
    return text(field)
        .map(t -> {
          try {
            return OffsetDateTime.parse(t);
          } catch (DateTimeParseException e) {
            throw new BadField(
                field,
                "expected an ISO-8601 date-time with offset, e.g. 2026-12-04T14:00:00+09:00,"
                    + " got \""
                    + t
                    + "\"");
          }
        });
  }

  /** One of {@code allowed}, exactly as written. */
  Optional<String> choice(String field, Set<String> allowed) {
    Optional<String> text = text(field);
    text.ifPresent(t -> {
      if (!allowed.contains(t)) {
        throw new BadField(
            field, "expected one of " + new TreeSet<>(allowed) + ", got \"" + t + "\"");
      }
    });
    return text;
  }

  private static String clip(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
