package com.naversms.formats.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.core.input.JsonDocuments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Plain values from JSON that may use DynamoDB-JSON typed values ({@code {"S": "x"}}). */
final class DynamoJson {
  private static final Set<String> TYPES = Set.of("S", "N", "BOOL", "NULL", "L", "M", "SS", "NS");

  private DynamoJson() {}

  static Map<String, Object> unwrapItem(JsonNode item) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), value(e.getValue()));
    }
    return out;
  }

  static Object value(JsonNode n) {
    if (n.isObject() && n.size() == 1 && TYPES.contains(n.fieldNames().next())) {
      String type = n.fieldNames().next();
      JsonNode v = n.get(type);
      return switch (type) {
        case "S" -> v.asText();
        case "N" -> number(v.asText());
        case "BOOL" -> v.asBoolean();
        case "NULL" -> null;
        case "M" -> unwrapItem(v);
        default -> list(v);
      };
    }
    if (n.isObject()) {
      return unwrapItem(n);
    }
    if (n.isArray()) {
      return list(n);
    }
    return JsonDocuments.plain(n);
  }

  private static List<Object> list(JsonNode array) {
    List<Object> out = new ArrayList<>();
    for (JsonNode e : array) {
      out.add(value(e));
    }
    return out;
  }

  private static Object number(String text) {
    try {
      BigDecimal d = new BigDecimal(text.strip());
      return d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
          ? d.longValueExact()
          : d;
    } catch (NumberFormatException | ArithmeticException e) {
      return text;
    }
  }
}
