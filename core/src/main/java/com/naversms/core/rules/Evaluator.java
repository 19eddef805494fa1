package com.naversms.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates conditions and rules (docs/design.md 6.2). Every condition gives a {@link Verdict} with
 * a reason; a failing {@code all} reports the first child that failed, so {@code plan --explain}
 * can name the condition that stopped a rule.
 */
public final class Evaluator {
  /** Naver's status of a cancelled booking. */
  public static final String CANCELLED = "RC04";

  private Evaluator() {}

  /** A rule fires when it is enabled and its condition tree holds. */
  public static Verdict evaluate(Rule rule, Situation s) {
    if (!rule.enabled()) {
      return new Verdict.Fails("enabled", "rule is disabled");
    }
    return evaluate(rule.condition(), s);
  }

  public static Verdict evaluate(Condition condition, Situation s) {
    String label = ConditionText.of(condition);
    return switch (condition) {
      case Condition.All c -> all(c.conditions(), label, s);
      case Condition.Any c -> any(c.conditions(), label, s);
      case Condition.Not c -> not(c.condition(), label, s);
      case Condition.BookingNotInDb c -> RecordChecks.notInDb(label, s);
      case Condition.BookingInDb c -> RecordChecks.inDb(label, s);
      case Condition.FlagNotSet c -> RecordChecks.flagNotSet(c.flag(), label, s);
      case Condition.FlagSet c -> RecordChecks.flagSet(c.flag(), label, s);
      case Condition.TimeBeforeBooking c ->
          TimeChecks.beforeBooking(c.before(), c.notWithin(), label, s);
      case Condition.TimeAfterBookingEnd c ->
          TimeChecks.afterBookingEnd(c.after(), c.within(), label, s);
      case Condition.CurrentHour c -> TimeChecks.currentHour(c.hour(), label, s);
      case Condition.DateIsToday c -> TimeChecks.dateIsToday(label, s);
      case Condition.DateRange c -> TimeChecks.dateRange(c.start(), c.end(), label, s);
      case Condition.BookingStatus c -> status(List.of(c.status()), label, s);
      case Condition.BookingStatusAny c -> status(c.statuses(), label, s);
      case Condition.HasOptionKeyword c -> OptionChecks.hasKeyword(c.keywords(), label, s);
      case Condition.HasMultipleOptions c ->
          OptionChecks.hasMultiple(c.keywords(), c.minCount(), label, s);
      case Condition.HasProEditOption c -> OptionChecks.hasProEdit(label, s);
      case Condition.StoreIdMatches c -> storeId(c.storeIds(), label, s);
      case Condition.BizItem c -> bizItem(c.names(), label, s);
      case Condition.BookingRescheduled c -> RecordChecks.rescheduled(label, s);
      case Condition.BookingCancelled c -> status(List.of(CANCELLED), label, s);
    };
  }

  private static Verdict all(List<Condition> children, String label, Situation s) {
    for (Condition child : children) {
      Verdict v = evaluate(child, s);
      if (!v.holds()) {
        return v;
      }
    }
    return new Verdict.Holds(label, "all " + children.size() + " conditions hold");
  }

  private static Verdict any(List<Condition> children, String label, Situation s) {
    List<String> reasons = new ArrayList<>();
    for (Condition child : children) {
      Verdict v = evaluate(child, s);
      if (v.holds()) {
        return new Verdict.Holds(label, v.condition() + ": " + v.reason());
      }
      reasons.add(v.condition() + ": " + v.reason());
    }
    return new Verdict.Fails(
        label,
        reasons.isEmpty() ? "no alternatives" : "none holds (" + String.join("; ", reasons) + ")");
  }

  private static Verdict not(Condition child, String label, Situation s) {
    Verdict v = evaluate(child, s);
    String reason = v.condition() + (v.holds() ? " holds: " : " fails: ") + v.reason();
    return Verdict.of(!v.holds(), label, reason);
  }

  private static Verdict status(List<String> statuses, String label, Situation s) {
    String actual = s.booking().statusCode();
    boolean holds = statuses.stream().anyMatch(st -> Objects.equals(st, actual));
    String expected = statuses.size() == 1 ? statuses.get(0) : "one of " + statuses;
    return Verdict.of(holds, label, "status is " + actual + (holds ? "" : ", not " + expected));
  }

  private static Verdict storeId(List<String> storeIds, String label, Situation s) {
    String actual = s.booking().storeId();
    boolean holds = storeIds.contains(actual);
    return Verdict.of(
        holds, label, "store " + actual + (holds ? " is " : " is not ") + "one of " + storeIds);
  }

  /** Substring match on the product name, like option keywords. */
  private static Verdict bizItem(List<String> names, String label, Situation s) {
    String item = s.booking().bizItemName();
    if (item.isEmpty()) {
      return new Verdict.Fails(label, "the booking has no product name (bizItemName)");
    }
    for (String name : names) {
      if (item.contains(name)) {
        return new Verdict.Holds(label, "product '" + item + "' contains '" + name + "'");
      }
    }
    return new Verdict.Fails(label, "product '" + item + "' contains none of " + names);
  }
}
