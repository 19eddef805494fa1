package com.naversms.parity.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Knows which differences are intended (docs/compatibility.md) and labels them with their id; a
 * labelled item is no longer a mismatch. Classifiers are asked in order; the first id wins.
 *
 * <p>A Telegram notice reports an SMS: when the SMS of the same booking and kind is planned on one
 * side only, the notice's difference follows it (intended with the same id, or unexpected with it).
 * A notice whose SMS is planned on both sides, or has none, is classified on its own.
 */
public final class IntendedDifferences {
  /** Names the intended difference an item is, if it is one. */
  @FunctionalInterface
  public interface Classifier {
    Optional<String> idFor(ComparedItem item);
  }

  private final List<Classifier> classifiers;

  private IntendedDifferences(List<Classifier> classifiers) {
    this.classifiers = List.copyOf(classifiers);
  }

  /** No difference is intended: every difference is a mismatch (rules against rules). */
  public static IntendedDifferences none() {
    return new IntendedDifferences(List.of());
  }

  public static IntendedDifferences of(List<? extends Classifier> classifiers) {
    return new IntendedDifferences(new ArrayList<>(classifiers));
  }

  public List<ComparedItem> label(List<ComparedItem> items) {
    Map<String, ComparedItem> sms = new HashMap<>();
    List<ComparedItem> out = new ArrayList<>();
    for (ComparedItem item : items) {
      ComparedItem labelled = item.category() == Category.TELEGRAM ? item : classify(item);
      if (labelled.category() == Category.SMS) {
        sms.putIfAbsent(labelled.bookingNum() + "|" + labelled.key(), labelled);
      }
      out.add(labelled);
    }
    for (int i = 0; i < out.size(); i++) {
      ComparedItem item = out.get(i);
      if (item.category() == Category.TELEGRAM && !item.match()) {
        ComparedItem reported = sms.get(item.bookingNum() + "|" + item.key());
        if (reported != null && !reported.match() && reported.side() != ComparedItem.Side.BOTH) {
          String id = reported.intendedDifference();
          out.set(i, id == null ? item : item.labelled(id));
        } else {
          out.set(i, classify(item));
        }
      }
    }
    return out;
  }

  private ComparedItem classify(ComparedItem item) {
    if (item.match()) {
      return item;
    }
    for (Classifier c : classifiers) {
      Optional<String> id = c.idFor(item);
      if (id.isPresent()) {
        return item.labelled(id.get());
      }
    }
    return item;
  }
}
