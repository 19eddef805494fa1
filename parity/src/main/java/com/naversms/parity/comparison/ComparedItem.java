package com.naversms.parity.comparison;

import java.util.List;
import java.util.Map;

/**
 * One thing both planners could have planned: an SMS (booking + template), a database operation
 * (booking + operation + flag) or a Telegram notice (booking + kind). A side is null when that
 * planner did not plan it.
 *
 * @param key the template, {@code create_db_record}, {@code update_flag:<flag>} or the Telegram
 *     kind (the template of the SMS it reports)
 * @param differences the fields that differ; {@code presence} when one side is missing
 * @param intendedDifference the id of the listed intended difference (docs/compatibility.md), or
 *     null
 */
public record ComparedItem(
    Category category,
    String bookingNum,
    String storeId,
    String key,
    Map<String, Object> baseline,
    Map<String, Object> candidate,
    List<String> differences,
    String intendedDifference) {
  public static final String PRESENCE = "presence";

  public ComparedItem {
    differences = List.copyOf(differences);
  }

  public boolean match() {
    return differences.isEmpty();
  }

  /** A difference that is not listed as intended: counted, alarmed on. */
  public boolean unexpected() {
    return !match() && intendedDifference == null;
  }

  /** Which side is missing, if one is. */
  public Side side() {
    if (baseline == null) {
      return Side.CANDIDATE_ONLY;
    }
    if (candidate == null) {
      return Side.BASELINE_ONLY;
    }
    return Side.BOTH;
  }

  ComparedItem labelled(String id) {
    return new ComparedItem(
        category, bookingNum, storeId, key, baseline, candidate, differences, id);
  }

  /** Where an item was planned. */
  public enum Side {
    BASELINE_ONLY,
    CANDIDATE_ONLY,
    BOTH
  }
}
