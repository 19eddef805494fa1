package com.naversms.adapters.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code extra} column: every non-legacy attribute as one JSON object. Whole numbers read back
 * as Long and fractions as BigDecimal, as the DynamoDB store reads N, so both stores hand the
 * planner the same values.
 */
final class ExtraJson {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_LONG_FOR_INTS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private ExtraJson() {}

  static Map<String, Object> read(String json) {
    if (json == null || json.isBlank()) {
      return new LinkedHashMap<>();
    }
    try {
      Map<String, Object> map = JSON.readValue(json, MAP);
      map.values().removeIf(java.util.Objects::isNull);
      return map;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "sms.extra is not a JSON object: " + e.getOriginalMessage());
    }
  }

  static String write(Map<String, ?> extra) {
    try {
      return JSON.writeValueAsString(extra);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("extra attributes cannot be written as JSON", e);
    }
  }
}
