package com.naversms.parity.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a plan's actions against a scenario's expected actions. Each expected action gives only
 * the fields that matter (nested maps: only their given keys); expected actions are found in order
 * in the plan. The differences are written for a person: which expected action is missing and, when
 * an action of the same type (and booking) was planned in its place, which of its fields differ.
 */
final class ExpectedActions {
  private ExpectedActions() {}

  static List<String> differences(
      List<Map<String, Object>> expected, List<Map<String, Object>> actual, boolean exhaustive) {
    List<String> out = new ArrayList<>();
    boolean[] used = new boolean[actual.size()];
    int from = 0;
    for (int e = 0; e < expected.size(); e++) {
      Map<String, Object> want = expected.get(e);
      int found = -1;
      for (int a = from; a < actual.size() && found < 0; a++) {
        if (!used[a] && subset(want, actual.get(a))) {
          found = a;
        }
      }
      if (found >= 0) {
        used[found] = true;
        from = found + 1;
        continue;
      }
      int close = closest(want, actual, used);
      String detail = "";
      if (close >= 0) {
        // the action planned in its place is reported here, not again as unexpected
        used[close] = true;
        detail =
            "; planned instead: action #"
                + (close + 1)
                + " with "
                + differing(want, actual.get(close));
      }
      out.add("expected action #" + (e + 1) + " not planned (in order): " + brief(want) + detail);
    }
    if (exhaustive) {
      for (int a = 0; a < actual.size(); a++) {
        if (!used[a]) {
          out.add("unexpected action #" + (a + 1) + ": " + brief(actual.get(a)));
        }
      }
    }
    return out;
  }

  /** True when every field {@code want} gives has the same value in {@code have}. */
  @SuppressWarnings("unchecked")
  static boolean subset(Map<String, Object> want, Map<String, Object> have) {
    for (var e : want.entrySet()) {
      Object w = e.getValue();
      Object h = have.get(e.getKey());
      if (w instanceof Map<?, ?> wm && h instanceof Map<?, ?> hm) {
        if (!subset((Map<String, Object>) wm, (Map<String, Object>) hm)) {
          return false;
        }
      } else if (!same(w, h)) {
        return false;
      }
    }
    return true;
  }

  /** Numbers compare by value (YAML gives ints where the plan has longs); the rest as text. */
  private static boolean same(Object w, Object h) {
    if (w instanceof Number a && h instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    return Objects.equals(w == null ? null : w.toString(), h == null ? null : h.toString());
  }

  /** The first unused action of the same type (and booking, when given), or -1. */
  private static int closest(
      Map<String, Object> want, List<Map<String, Object>> actual, boolean[] used) {
    for (int a = 0; a < actual.size(); a++) {
      Map<String, Object> have = actual.get(a);
      if (!used[a]
          && Objects.equals(have.get("type"), want.get("type"))
          && (!want.containsKey("booking_num")
              || Objects.equals(have.get("booking_num"), want.get("booking_num")))) {
        return a;
      }
    }
    return -1;
  }

  private static String differing(Map<String, Object> want, Map<String, Object> have) {
    List<String> fields = new ArrayList<>();
    for (var e : want.entrySet()) {
      if (!subset(Map.of(e.getKey(), e.getValue()), have)) {
        fields.add(
            e.getKey()
                + " expected "
                + shortText(e.getValue())
                + " got "
                + shortText(have.get(e.getKey())));
      }
    }
    return String.join(", ", fields);
  }

  static String brief(Map<String, Object> action) {
    StringBuilder sb = new StringBuilder();
    sb.append(action.getOrDefault("type", "?"));
    for (String k : List.of("booking_num", "template", "flag", "value", "rule")) {
      if (action.containsKey(k)) {
        sb.append(' ').append(k).append('=').append(shortText(action.get(k)));
      }
    }
    return sb.toString();
  }

  private static String shortText(Object v) {
    String s = String.valueOf(v);
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }
}
