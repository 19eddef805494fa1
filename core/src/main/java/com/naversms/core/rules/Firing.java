package com.naversms.core.rules;

import com.naversms.core.booking.Booking.BookingOption;
import com.naversms.core.template.TemplateContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Whether a rule fires, without the reasons: the same decisions as {@link Evaluator} (a test holds
 * them equal for every condition type) at a fraction of the cost, for planning where nobody reads
 * the explanations (the cycle). {@code plan --explain} keeps using {@link Evaluator}.
 */
public final class Firing {
  private static final int ANY_COUNT = Integer.MIN_VALUE;
  private static final List<String> PRO_EDIT = List.of(TemplateContext.PRO_EDIT_OPTION);

  private final Situation s;
  private final LocalDateTime now;
  private final LocalDateTime start;
  private final Duration untilStart;

  private Firing(Situation s) {
    this.s = s;
    this.now = s.nowLocal();
    this.start = s.booking().startLocal();
    this.untilStart = Duration.between(s.now(), s.booking().start());
  }

  /** The rules' verdicts for one situation (its Korean times worked out once). */
  public static Firing of(Situation s) {
    return new Firing(s);
  }

  public boolean fires(Rule rule) {
    return rule.enabled() && holds(rule.condition());
  }

  public boolean holds(Condition condition) {
    return switch (condition) {
      case Condition.All c -> all(c.conditions());
      case Condition.Any c -> any(c.conditions());
      case Condition.Not c -> !holds(c.condition());
      case Condition.BookingNotInDb c -> s.record().isEmpty();
      case Condition.BookingInDb c -> s.record().isPresent();
      case Condition.FlagNotSet c -> !flag(c.flag());
      case Condition.FlagSet c -> flag(c.flag());
      case Condition.TimeBeforeBooking c -> beforeBooking(c.before(), c.notWithin());
      case Condition.TimeAfterBookingEnd c -> afterEnd(c.after(), c.within());
      case Condition.CurrentHour c -> now.getHour() == c.hour();
      case Condition.DateIsToday c -> start.toLocalDate().equals(now.toLocalDate());
      case Condition.DateRange c -> inRange(c.start(), c.end());
      case Condition.BookingStatus c -> Objects.equals(c.status(), s.booking().statusCode());
      case Condition.BookingStatusAny c ->
          c.statuses().stream().anyMatch(st -> Objects.equals(st, s.booking().statusCode()));
      case Condition.HasOptionKeyword c ->
          anyOption(c.keywords().isEmpty() ? s.config().optionKeywords() : c.keywords(), ANY_COUNT);
      case Condition.HasMultipleOptions c -> anyOption(c.keywords(), c.minCount());
      case Condition.HasProEditOption c -> anyOption(PRO_EDIT, ANY_COUNT);
      case Condition.StoreIdMatches c -> c.storeIds().contains(s.booking().storeId());
      case Condition.BizItem c -> bizItem(c.names());
      case Condition.BookingRescheduled c -> SlotBound.rescheduled(s);
      case Condition.BookingCancelled c -> Evaluator.CANCELLED.equals(s.booking().statusCode());
    };
  }

  // Indexed loops: an iterator per condition was a tenth of the planner's allocation (issue 7).
  private boolean all(List<Condition> children) {
    for (int i = 0; i < children.size(); i++) {
      if (!holds(children.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean any(List<Condition> children) {
    for (int i = 0; i < children.size(); i++) {
      if (holds(children.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** A record exists and the flag is true (for the current slot when slot-bound). */
  private boolean flag(String flag) {
    return SlotBound.isSet(flag, s);
  }

  /**
   * {@code start − before ≤ now < start − notWithin}, as {@code TimeChecks.beforeBooking} decides
   * it on the Korean wall clock, which has no daylight saving time, so on instants: {@code
   * notWithin < start − now ≤ before}. Without a {@code LocalDateTime} per check (issue 7).
   */
  private boolean beforeBooking(Duration before, Duration notWithin) {
    return untilStart.compareTo(notWithin) > 0 && untilStart.compareTo(before) <= 0;
  }

  /** {@code after ≤ now − end < within}, as {@code TimeChecks.afterBookingEnd}. */
  private boolean afterEnd(Duration after, Duration within) {
    if (s.booking().end() == null) {
      return false;
    }
    Duration sinceEnd = Duration.between(s.booking().end(), s.now());
    return sinceEnd.compareTo(after) >= 0 && sinceEnd.compareTo(within) < 0;
  }

  /** The product name contains one of the names, as {@code Evaluator}'s biz_item. */
  private boolean bizItem(List<String> names) {
    String item = s.booking().bizItemName();
    for (int i = 0; i < names.size(); i++) {
      if (item.contains(names.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Inclusive on both ends, as {@code TimeChecks.dateRange}. */
  private boolean inRange(LocalDate from, LocalDate to) {
    LocalDate slot = start.toLocalDate();
    return !slot.isBefore(from) && !slot.isAfter(to);
  }

  /** Some option name contains a keyword, with at least {@code minCount} booked. */
  private boolean anyOption(List<String> keywords, int minCount) {
    List<BookingOption> options = s.booking().options();
    for (int i = 0; i < options.size(); i++) {
      BookingOption o = options.get(i);
      if (o.name() == null || o.count() < minCount) {
        continue;
      }
      for (int j = 0; j < keywords.size(); j++) {
        String k = keywords.get(j);
        if (!k.isEmpty() && o.name().contains(k)) {
          return true;
        }
      }
    }
    return false;
  }
}
