package com.naversms.ops.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code stats count/sum/avg/min/max(...) by ...}. */
final class Aggregation {
  private Aggregation() {}

  static List<Map<String, Object>> stats(Query.Stats stats, List<Map<String, Object>> rows) {
    Map<List<Object>, List<Map<String, Object>>> groups = new LinkedHashMap<>();
    for (Map<String, Object> r : rows) {
      List<Object> key = new ArrayList<>();
      for (String g : stats.groupBy()) {
        key.add(r.get(g));
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    if (groups.isEmpty() && stats.groupBy().isEmpty()) {
      groups.put(List.of(), List.of());
    }
    List<Map<String, Object>> out = new ArrayList<>();
    groups.forEach((key, members) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < key.size(); i++) {
        row.put(stats.groupBy().get(i), key.get(i));
      }
      for (Query.Aggregate a : stats.aggregates()) {
        row.put(a.alias(), aggregate(a, members));
      }
      out.add(row);
    });
    return out;
  }

  private static Object aggregate(Query.Aggregate a, List<Map<String, Object>> members) {
    List<Double> numbers = new ArrayList<>();
    long present = 0;
    for (Map<String, Object> m : members) {
      Object v = a.argument() == null ? Boolean.TRUE : a.argument().eval(m);
      if (v != null) {
        present++;
        Double d = v instanceof Boolean b ? (b ? 1.0 : 0.0) : Values.number(v);
        if (d != null) {
          numbers.add(d);
        }
      }
    }
    return switch (a.function()) {
      case "count" -> (double) present;
      case "sum" -> numbers.stream().mapToDouble(Double::doubleValue).sum();
      case "avg" ->
          numbers.isEmpty()
              ? null
              : numbers.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      case "min" ->
          numbers.stream().mapToDouble(Double::doubleValue).min().stream()
              .boxed()
              .findFirst()
              .orElse(null);
      case "max" ->
          numbers.stream().mapToDouble(Double::doubleValue).max().stream()
              .boxed()
              .findFirst()
              .orElse(null);
      default -> throw new IllegalArgumentException("unsupported aggregate: " + a.function());
    };
  }
}
