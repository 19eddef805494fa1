package com.naversms.core.rules;

import com.naversms.core.booking.Booking.BookingOption;
import com.naversms.core.template.TemplateContext;
import java.util.List;

/** Conditions on the options the customer picked (substring match on the option name). */
final class OptionChecks {
  private OptionChecks() {}

  /**
   * Some option name contains one of the keywords; an empty list means the configured option
   * keywords. Unlike the refactor, the rule's own keywords are honoured (no shortcut through the
   * review-option flag).
   */
  static Verdict hasKeyword(List<String> keywords, String label, Situation s) {
    List<String> effective = keywords.isEmpty() ? s.config().optionKeywords() : keywords;
    for (BookingOption o : s.booking().options()) {
      for (String k : effective) {
        if (contains(o, k)) {
          return new Verdict.Holds(label, "option '" + o.name() + "' contains '" + k + "'");
        }
      }
    }
    return new Verdict.Fails(
        label, "no option name contains any of " + effective + " (options: " + names(s) + ")");
  }

  static Verdict hasMultiple(List<String> keywords, int minCount, String label, Situation s) {
    for (BookingOption o : s.booking().options()) {
      for (String k : keywords) {
        if (contains(o, k) && o.count() >= minCount) {
          return new Verdict.Holds(
              label, "option '" + o.name() + "' has count " + o.count() + " ≥ " + minCount);
        }
      }
    }
    return new Verdict.Fails(
        label,
        "no option matching "
            + keywords
            + " has count ≥ "
            + minCount
            + " (options: "
            + names(s)
            + ")");
  }

  static Verdict hasProEdit(String label, Situation s) {
    String k = TemplateContext.PRO_EDIT_OPTION;
    for (BookingOption o : s.booking().options()) {
      if (contains(o, k)) {
        return new Verdict.Holds(label, "option '" + o.name() + "' contains '" + k + "'");
      }
    }
    return new Verdict.Fails(label, "no option contains '" + k + "' (options: " + names(s) + ")");
  }

  private static boolean contains(BookingOption o, String keyword) {
    return o.name() != null && !keyword.isEmpty() && o.name().contains(keyword);
  }

  private static String names(Situation s) {
    List<String> names =
        s.booking().options().stream().map(o -> o.name() + " x" + o.count()).toList();
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
