package com.naversms.parity.validation;

import com.naversms.parity.comparison.ComparedItem;
import com.naversms.parity.comparison.ComparisonReport;
import java.util.List;
import java.util.TreeSet;

/**
 * One scenario's outcome: its failures (empty when it passed), the comparison of the rule plan with
 * the legacy baseline, and how long planning took.
 */
public record ScenarioResult(
    Scenario scenario,
    List<String> failures,
    ComparisonReport parity,
    int actions,
    long planMicros) {
  public ScenarioResult {
    failures = List.copyOf(failures);
  }

  /** D2 before D13: ids by their number. */
  public static final java.util.Comparator<String> BY_NUMBER =
      java.util.Comparator.comparingInt(String::length).thenComparing(s -> s);

  public boolean passed() {
    return failures.isEmpty();
  }

  /** The intended-difference ids the baseline comparison found, sorted. */
  public List<String> intendedIds() {
    TreeSet<String> ids = new TreeSet<>(ScenarioResult.BY_NUMBER);
    for (ComparedItem i : parity.items()) {
      if (!i.match() && i.intendedDifference() != null) {
        ids.addAll(List.of(i.intendedDifference().split(",")));
      }
    }
    return List.copyOf(ids);
  }

  /** Differences from the baseline that no intended difference explains. */
  public List<ComparedItem> unexpected() {
    return parity.items().stream().filter(ComparedItem::unexpected).toList();
  }
}
