package com.naversms.parity.comparison;

import java.util.List;

/**
 * One difference between the legacy system and the rules that is intended (docs/compatibility.md),
 * with what a compared item must look like to be that difference.
 *
 * @param id the compatibility list's id, e.g. {@code D3}
 * @param key the item key it concerns ({@code event}, {@code update_flag:option_sms}, ...), or
 *     {@code *} for any
 * @param side where the item is planned: only by the baseline, only by the candidate, or by both
 *     with differing fields
 * @param fields for {@link ComparedItem.Side#BOTH}: the fields allowed to differ (empty: any)
 */
public record IntendedDifference(
    String id,
    String title,
    Category category,
    String key,
    ComparedItem.Side side,
    List<String> fields)
    implements IntendedDifferences.Classifier {
  public static final String ANY_KEY = "*";

  public IntendedDifference {
    fields = List.copyOf(fields);
  }

  @Override
  public java.util.Optional<String> idFor(ComparedItem item) {
    return covers(item) ? java.util.Optional.of(id) : java.util.Optional.empty();
  }

  /** True when {@code item} is a difference of this kind. */
  public boolean covers(ComparedItem item) {
    if (item.match() || item.category() != category || item.side() != side) {
      return false;
    }
    if (!ANY_KEY.equals(key) && !key.equals(item.key())) {
      return false;
    }
    return side != ComparedItem.Side.BOTH
        || fields.isEmpty()
        || fields.containsAll(item.differences());
  }
}
