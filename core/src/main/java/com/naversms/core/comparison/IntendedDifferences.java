package com.naversms.core.comparison;

import java.util.List;

/**
 * The listed intended differences; an item that one of them covers is labelled with its id and is
 * no longer a mismatch. The first listed difference that covers an item wins.
 */
public record IntendedDifferences(List<IntendedDifference> all) {
  public IntendedDifferences {
    all = List.copyOf(all);
  }

  /** No difference is intended: every difference is a mismatch (rules against rules). */
  public static IntendedDifferences none() {
    return new IntendedDifferences(List.of());
  }

  public ComparedItem label(ComparedItem item) {
    for (IntendedDifference d : all) {
      if (d.covers(item)) {
        return item.labelled(d.id());
      }
    }
    return item;
  }
}
