package com.naversms.parity.comparison;

import com.naversms.core.plan.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the plans of two planners for the same cycle (comparison mode, {@code compare}, the
 * validation campaign). Items are matched by identity (booking + template / operation + flag /
 * Telegram kind; the n-th occurrence with the n-th); matched items are compared field by field.
 * Telegram notices are compared by presence only: their texts differ by design.
 */
public final class PlanComparison {
  private PlanComparison() {}

  public static ComparisonReport compare(
      Plan baseline, Plan candidate, IntendedDifferences intended) {
    return compare(baseline, candidate, intended, "baseline", "candidate");
  }

  public static ComparisonReport compare(
      Plan baseline,
      Plan candidate,
      IntendedDifferences intended,
      String baselineName,
      String candidateName) {
    Map<Comparable.Identity, Comparable> old = index(PlanItems.of(baseline));
    Map<Comparable.Identity, Comparable> neu = index(PlanItems.of(candidate));
    List<ComparedItem> items = new ArrayList<>();
    for (var e : old.entrySet()) {
      items.add(compared(e.getValue(), neu.get(e.getKey())));
    }
    for (var e : neu.entrySet()) {
      if (!old.containsKey(e.getKey())) {
        Comparable c = e.getValue();
        items.add(
            new ComparedItem(
                c.category(),
                c.bookingNum(),
                c.storeId(),
                c.key(),
                null,
                c.fields(),
                List.of(ComparedItem.PRESENCE),
                null));
      }
    }
    List<ComparedItem> labelled = intended.label(items);
    return new ComparisonReport(candidate.at(), baselineName, candidateName, labelled);
  }

  private static ComparedItem compared(Comparable old, Comparable neu) {
    if (neu == null) {
      return new ComparedItem(
          old.category(),
          old.bookingNum(),
          old.storeId(),
          old.key(),
          old.fields(),
          null,
          List.of(ComparedItem.PRESENCE),
          null);
    }
    List<String> differing = new ArrayList<>();
    for (String field : old.compared()) {
      if (!Objects.equals(old.fields().get(field), neu.fields().get(field))) {
        differing.add(field);
      }
    }
    return new ComparedItem(
        old.category(),
        old.bookingNum(),
        old.storeId(),
        old.key(),
        old.fields(),
        neu.fields(),
        refine(old, neu, differing),
        null);
  }

  /** A record that differs is reported by the attributes that differ ({@code record.name}). */
  @SuppressWarnings("unchecked")
  private static List<String> refine(Comparable old, Comparable neu, List<String> differing) {
    if (!differing.contains("record")) {
      return differing;
    }
    Map<String, Object> a = (Map<String, Object>) old.fields().get("record");
    Map<String, Object> b = (Map<String, Object>) neu.fields().get("record");
    List<String> out = new ArrayList<>();
    for (String f : PlanItems.RECORD_FIELDS) {
      if (!Objects.equals(a.get(f), b.get(f))) {
        out.add("record." + f);
      }
    }
    return out;
  }

  private static Map<Comparable.Identity, Comparable> index(List<Comparable> items) {
    Map<Comparable.Identity, Comparable> out = new LinkedHashMap<>();
    Map<Comparable.Identity, Integer> seen = new HashMap<>();
    for (Comparable c : items) {
      Comparable.Identity first = c.identity(0);
      int n = seen.merge(first, 1, Integer::sum) - 1;
      out.put(c.identity(n), c);
    }
    return out;
  }
}
