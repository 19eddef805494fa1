package com.naversms.parity.comparison;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of comparing two plans of one cycle. Intended differences are listed but count as
 * agreement: they are not mismatches and do not lower the match percentage.
 */
public record ComparisonReport(
    Instant at, String baselineName, String candidateName, List<ComparedItem> items) {
  public ComparisonReport {
    items = List.copyOf(items);
  }

  public int total() {
    return items.size();
  }

  public long matched() {
    return items.stream().filter(ComparedItem::match).count();
  }

  public long intended() {
    return items.stream().filter(i -> !i.match() && !i.unexpected()).count();
  }

  public long unexpected() {
    return items.stream().filter(ComparedItem::unexpected).count();
  }

  public long unexpected(Category category) {
    return items.stream().filter(i -> i.category() == category && i.unexpected()).count();
  }

  /** Share of items that match or differ as intended, 100 when there is nothing to compare. */
  public double matchPercentage() {
    if (items.isEmpty()) {
      return 100.0;
    }
    double agreeing = total() - unexpected();
    return Math.round(agreeing * 10000.0 / total()) / 100.0;
  }

  /** True when every difference is an intended one. */
  public boolean agree() {
    return unexpected() == 0;
  }

  public List<ComparedItem> differences() {
    return items.stream().filter(i -> !i.match()).toList();
  }
}
