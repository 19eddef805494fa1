package com.naversms.parity.comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A comparison report as plain maps and lists ({@code compare --format json}). */
public final class ComparisonMaps {
  private ComparisonMaps() {}

  public static Map<String, Object> asMap(ComparisonReport r, Map<String, String> intended) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "at",
        java.time.OffsetDateTime.ofInstant(r.at(), com.naversms.core.booking.Booking.SEOUL)
            .toString());
    m.put("baseline", r.baselineName());
    m.put("candidate", r.candidateName());
    m.put("agree", r.agree());
    m.put("match_percentage", r.matchPercentage());
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("items", r.total());
    totals.put("matched", r.matched());
    totals.put("intended", r.intended());
    totals.put("unexpected", r.unexpected());
    for (Category c : Category.values()) {
      totals.put(c.label() + "_unexpected", r.unexpected(c));
    }
    m.put("totals", totals);
    m.put("items", r.items().stream().map(ComparisonMaps::item).toList());
    Map<String, String> ids = new LinkedHashMap<>();
    r.items().stream()
        .map(ComparedItem::intendedDifference)
        .filter(id -> id != null)
        .flatMap(id -> List.of(id.split(",")).stream())
        .distinct()
        .sorted()
        .forEach(id -> ids.put(id, intended.getOrDefault(id, "")));
    m.put("intended_differences", ids);
    return m;
  }

  static Map<String, Object> item(ComparedItem i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("category", i.category().label());
    m.put("booking_num", i.bookingNum());
    m.put("store_id", i.storeId());
    m.put("key", i.key());
    m.put("match", i.match());
    if (!i.match()) {
      m.put("differences", i.differences());
    }
    if (i.intendedDifference() != null) {
      m.put("intended_difference", i.intendedDifference());
    }
    m.put("baseline", i.baseline());
    m.put("candidate", i.candidate());
    return m;
  }

  /** One line per item for the table output. */
  public static String describe(ComparedItem i) {
    String result =
        i.match()
            ? "match"
            : switch (i.side()) {
              case BASELINE_ONLY -> "baseline only";
              case CANDIDATE_ONLY -> "candidate only";
              case BOTH -> "differs: " + String.join(", ", i.differences());
            };
    if (!i.match()) {
      result +=
          i.intendedDifference() == null ? "  UNEXPECTED" : "  [" + i.intendedDifference() + "]";
    }
    return String.format(
        "%-9s %-22s %-24s %s", i.category().label(), i.bookingNum(), i.key(), result);
  }
}
