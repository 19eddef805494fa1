package com.naversms.ops.demo;

import java.util.List;
import java.util.Map;

/**
 * The {@code Expect:} grammar of docs/ops/cloudwatch-queries.md: {@code rows = N}, {@code rows >
 * N}, {@code rows >= N}, {@code every COLUMN = VALUE}, {@code every COLUMN > VALUE}.
 */
final class Expectation {
  private Expectation() {}

  /** Null when the rows meet the expectation, else what was found. */
  static String check(String expect, List<Map<String, Object>> rows) {
    String[] t = expect.trim().split("\\s+");
    if (t[0].equals("rows")) {
      int n = Integer.parseInt(t[2]);
      boolean ok =
          switch (t[1]) {
            case "=" -> rows.size() == n;
            case ">" -> rows.size() > n;
            case ">=" -> rows.size() >= n;
            default -> throw new IllegalArgumentException("bad expectation: " + expect);
          };
      return ok ? null : "got " + rows.size() + " rows: " + head(rows);
    }
    if (t[0].equals("every")) {
      if (rows.isEmpty()) {
        return "got no rows";
      }
      for (Map<String, Object> row : rows) {
        Object v = row.get(t[1]);
        boolean ok =
            switch (t[2]) {
              case "=" -> v != null && same(v, t[3]);
              case ">" -> v instanceof Number n && n.doubleValue() > Double.parseDouble(t[3]);
              default -> throw new IllegalArgumentException("bad expectation: " + expect);
            };
        if (!ok) {
          return "row " + row;
        }
      }
      return null;
    }
    throw new IllegalArgumentException("bad expectation: " + expect);
  }

  private static boolean same(Object v, String expected) {
    if (v instanceof Number n) {
      return Math.abs(n.doubleValue() - Double.parseDouble(expected)) < 1e-9;
    }
    return v.toString().equals(expected);
  }

  private static String head(List<Map<String, Object>> rows) {
    return rows.subList(0, Math.min(3, rows.size())).toString();
  }
}
