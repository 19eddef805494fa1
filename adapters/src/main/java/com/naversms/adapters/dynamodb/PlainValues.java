package com.naversms.adapters.dynamodb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts DynamoDB attribute values to plain Java values and back, so that {@code
 * StoredRecord.extra} holds no SDK types and an attribute written back keeps its DynamoDB type.
 *
 * <p>S ↔ String, N ↔ Long (integral and in range) or BigDecimal, BOOL ↔ Boolean, L ↔ List, M ↔ Map,
 * SS ↔ Set of String, NS ↔ Set of Number, B ↔ byte[], BS ↔ List of byte[]. NULL has no plain value
 * ({@code StoredRecord.extra} holds no nulls) and is left out when reading.
 */
final class PlainValues {
  private PlainValues() {}

  static Map<String, Object> toPlain(Map<String, AttributeValue> item) {
    Map<String, Object> out = new LinkedHashMap<>();
    item.forEach((name, value) -> {
      Object plain = toPlain(value);
      if (plain != null) {
        out.put(name, plain);
      }
    });
    return out;
  }

  static Object toPlain(AttributeValue v) {
    return switch (v.type()) {
      case S -> v.s();
      case N -> number(v.n());
      case BOOL -> v.bool();
      case NUL -> null;
      case L -> {
        List<Object> list = new ArrayList<>();
        for (AttributeValue e : v.l()) {
          Object plain = toPlain(e);
          if (plain != null) {
            list.add(plain);
          }
        }
        yield List.copyOf(list);
      }
      case M -> Collections.unmodifiableMap(toPlain(v.m()));
      case SS -> Collections.unmodifiableSet(new LinkedHashSet<>(v.ss()));
      case NS -> {
        Set<Object> set = new LinkedHashSet<>();
        v.ns().forEach(n -> set.add(number(n)));
        yield Collections.unmodifiableSet(set);
      }
      case B -> v.b().asByteArray();
      case BS -> v.bs().stream().map(SdkBytes::asByteArray).toList();
      case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("unknown type: " + v);
    };
  }

  static Number number(String n) {
    BigDecimal d = new BigDecimal(n);
    try {
      return d.longValueExact();
    } catch (ArithmeticException notAnIntegralLong) {
      return d;
    }
  }

  static Map<String, AttributeValue> toAttributes(Map<String, ?> plain) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    plain.forEach((name, value) -> out.put(name, toAttribute(value)));
    return out;
  }

  static AttributeValue toAttribute(Object value) {
    return switch (value) {
      case null -> AttributeValue.fromNul(true);
      case String s -> AttributeValue.fromS(s);
      case Boolean b -> AttributeValue.fromBool(b);
      case Number n -> AttributeValue.fromN(numberText(n));
      case byte[] bytes -> AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
      case Map<?, ?> m -> {
        Map<String, AttributeValue> inner = new LinkedHashMap<>();
        m.forEach((k, v) -> inner.put(String.valueOf(k), toAttribute(v)));
        yield AttributeValue.fromM(inner);
      }
      case Set<?> set when !set.isEmpty() && set.stream().allMatch(String.class::isInstance) ->
          AttributeValue.fromSs(set.stream().map(String.class::cast).toList());
      case Set<?> set when !set.isEmpty() && set.stream().allMatch(Number.class::isInstance) ->
          AttributeValue.fromNs(set.stream().map(n -> numberText((Number) n)).toList());
      case Collection<?> c ->
          AttributeValue.fromL(c.stream().map(PlainValues::toAttribute).toList());
      default ->
          throw new IllegalArgumentException(
              "no DynamoDB type for " + value.getClass().getName() + ": " + value);
    };
  }

  private static String numberText(Number n) {
    return n instanceof BigDecimal d ? d.toPlainString() : String.valueOf(n);
  }
}
