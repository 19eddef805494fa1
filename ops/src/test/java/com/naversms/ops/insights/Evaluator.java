package com.naversms.ops.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a {@link Query} over log events (JSON lines already parsed into maps). */
public final class Evaluator {
  private Evaluator() {}

  /** {@code @timestamp} and {@code @message} are derived the way CloudWatch does. */
  public static List<Map<String, Object>> run(Query query, List<Map<String, Object>> events) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> e : events) {
      Map<String, Object> row = new LinkedHashMap<>(e);
      row.put("@timestamp", e.get("timestamp"));
      row.put("@message", e.toString());
      rows.add(row);
    }
    for (Query.Command c : query.commands()) {
      rows =
          switch (c) {
            case Query.Fields f -> rows;
            case Query.Filter f ->
                rows.stream().filter(r -> Values.truthy(f.condition().eval(r))).toList();
            case Query.Stats s -> Aggregation.stats(s, rows);
            case Query.Sort s -> sorted(s, rows);
            case Query.Limit l -> rows.subList(0, Math.min(l.rows(), rows.size()));
          };
    }
    return rows;
  }

  private static List<Map<String, Object>> sorted(Query.Sort sort, List<Map<String, Object>> rows) {
    Comparator<Map<String, Object>> cmp = null;
    for (Query.SortKey key : sort.keys()) {
      Comparator<Map<String, Object>> one =
          (a, b) -> {
            Object x = a.get(key.field());
            Object y = b.get(key.field());
            if (x == null || y == null) {
              return x == null ? (y == null ? 0 : 1) : -1;
            }
            return Values.compare(x, y);
          };
      if (key.descending()) {
        one = one.reversed();
      }
      cmp = cmp == null ? one : cmp.thenComparing(one);
    }
    List<Map<String, Object>> copy = new ArrayList<>(rows);
    copy.sort(cmp);
    return copy;
  }
}
