package com.naversms.core.plan;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.optout.OptOuts;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Evaluator;
import com.naversms.core.rules.Firing;
import com.naversms.core.rules.Rule;
import com.naversms.core.rules.Situation;
import com.naversms.core.rules.SlotBound;
import com.naversms.core.rules.Verdict;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The planner (docs/design.md 3, 6.2): a pure function of the bookings, the stored records as they
 * were at the start of the cycle, the instant and the configuration. No I/O, no clock.
 *
 * <p>Bookings are planned in input order; for each, the rules in file order, each against the
 * record as at the start of the cycle (a record that rule 1 creates is not seen by rule 3 in the
 * same cycle, as in the legacy system). Digests come after every per-booking action. Before its
 * rules, a rescheduled or cancelled booking gets the planner's own record update and operator line
 * ({@link BookingChanges}, docs/rules.md "Reschedules" and "Cancellations").
 *
 * <p>Retries: a rule that does not fire for a booking still plans again an SMS of its own that was
 * not delivered (the record says this rule claimed it, its flag is unset, no claim holds it), while
 * the booking is confirmed and its slot ahead, because the rule's own side effects (the record
 * {@code create_db_record} wrote) may be what stops it from firing (docs/rules.md, "Retries").
 *
 * <p>Quiet hours: a rule inside its quiet window plans nothing, neither when it fires nor as a
 * retry ({@link Deferral}); advertising messages are never planned to a number of the cycle's
 * opt-out list ({@link OptOuts}). The messages either holds back are the plan's {@link Withheld},
 * for the message ledger.
 */
public final class Planner {
  private Planner() {}

  /** The plan with every skip and its reason ({@code plan --explain}, {@code plan --json}). */
  public static Plan plan(
      List<Booking> bookings,
      Map<RecordKey, StoredRecord> records,
      Instant now,
      Configuration config) {
    return plan(bookings, records, now, config, OptOuts.none(), true);
  }

  /** As {@link #plan(List, Map, Instant, Configuration)}, with the cycle's opt-out list. */
  public static Plan plan(
      List<Booking> bookings,
      Map<RecordKey, StoredRecord> records,
      Instant now,
      Configuration config,
      OptOuts optOuts) {
    return plan(bookings, records, now, config, optOuts, true);
  }

  /**
   * The same actions and problems as {@link #plan}, without the skips (an empty list): what the
   * cycle runs, where nobody reads them. Explaining every rule that did not fire costs most of the
   * planning time at scale (docs/performance.md).
   */
  public static Plan planWithoutSkips(
      List<Booking> bookings,
      Map<RecordKey, StoredRecord> records,
      Instant now,
      Configuration config) {
    return plan(bookings, records, now, config, OptOuts.none(), false);
  }

  /** As {@link #planWithoutSkips(List, Map, Instant, Configuration)}, with the opt-out list. */
  public static Plan planWithoutSkips(
      List<Booking> bookings,
      Map<RecordKey, StoredRecord> records,
      Instant now,
      Configuration config,
      OptOuts optOuts) {
    return plan(bookings, records, now, config, optOuts, false);
  }

  private static Plan plan(
      List<Booking> bookings,
      Map<RecordKey, StoredRecord> records,
      Instant now,
      Configuration config,
      OptOuts optOuts,
      boolean explain) {
    List<Delivery> deliveries = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    List<BookingProblem> problems = new ArrayList<>();
    Map<Integer, List<Booking>> digests = new LinkedHashMap<>();
    Set<String> seen = HashSet.newHashSet(bookings.size());
    List<Rule> rules = config.rules();
    List<Retry> retries = new ArrayList<>();
    List<ValueChange> changes = new ArrayList<>();
    List<Withheld> withheld = new ArrayList<>();
    FlagBinding[] bindings = new FlagBinding[rules.size()];
    RetryTargets[] retryTargets = new RetryTargets[rules.size()];
    for (int i = 0; i < bindings.length; i++) {
      bindings[i] = FlagBinding.of(rules.get(i).actions());
      retryTargets[i] = RetryTargets.of(rules.get(i), bindings[i], config);
    }
    Set<String> slotBound = SlotBound.flags(config);
    Deferral[] deferred = Deferral.of(rules, config, now);
    for (Booking booking : bookings) {
      String bookingNum = booking.bookingNum();
      if (!seen.add(bookingNum)) {
        problems.add(
            new BookingProblem("bookings", bookingNum, "bookingId", "listed twice; planned once"));
        continue;
      }
      // the item either Python system wrote, whatever its phone form (issue 11.6)
      RecordKey key = RecordKeys.of(booking, records);
      Situation situation =
          new Situation(booking, Optional.ofNullable(records.get(key)), now, config);
      BookingInput in = BookingInput.of(situation, key, optOuts);
      BookingState state = new BookingState();
      BookingChanges.plan(in, slotBound, now).ifPresent(deliveries::add);
      Firing firing = explain ? null : Firing.of(situation);
      for (int i = 0; i < rules.size(); i++) {
        Rule rule = rules.get(i);
        RuleActions.Outcome planned;
        if (!explain ? !firing.fires(rule) : !fires(rule, situation, skipped)) {
          List<Retry> due = retryTargets[i].due(rule, situation);
          if (due.isEmpty()) {
            continue;
          }
          if (deferred[i] != null) {
            // nothing of a deferred rule is planned; its messages are held back (Withheld)
            if (explain) {
              skipped.removeLast();
              skipped.add(deferral(rule, situation, deferred[i]));
            }
            withheld.addAll(
                RuleActions.deferred(
                    rule,
                    bindings[i],
                    in,
                    state,
                    retryTargets[i].indexes(due),
                    deferred[i].reason()));
            continue;
          }
          if (explain) {
            Skip why = skipped.removeLast();
            due.forEach(r -> retries.add(explained(r, why)));
          }
          planned =
              RuleActions.retry(
                  rule, bindings[i], in, state, explain, retryTargets[i].indexes(due));
        } else if (deferred[i] != null) {
          if (explain) {
            skipped.add(deferral(rule, situation, deferred[i]));
          }
          withheld.addAll(
              RuleActions.deferred(rule, bindings[i], in, state, null, deferred[i].reason()));
          continue;
        } else {
          planned = RuleActions.plan(rule, bindings[i], in, state, explain);
        }
        switch (planned) {
          case RuleActions.Outcome.Planned p -> {
            if (!p.steps().isEmpty()) {
              deliveries.add(
                  new Delivery(
                      rule.name(),
                      bookingNum(in),
                      booking.storeId(),
                      in.key(),
                      Delivery.slotOf(booking.start()),
                      p.steps()));
            }
            skipped.addAll(p.skips());
            changes.addAll(p.changes());
            withheld.addAll(p.withheld());
            if (p.joinsDigest()) {
              digests.computeIfAbsent(i, k -> new ArrayList<>()).add(booking);
            }
          }
          case RuleActions.Outcome.Failed f ->
              problems.add(new BookingProblem(ruleSource(rule), bookingNum, f.field(), f.reason()));
        }
      }
    }
    digests.forEach((i, matched) -> {
      Rule rule = config.rules().get(i);
      Digests.plan(rule, matched, now, config, deliveries::add, problems::add, ruleSource(rule));
    });
    return new Plan(now, deliveries, skipped, problems, retries, changes, withheld);
  }

  /** Whether the rule fires; when it does not, its skip (first failed condition) is added. */
  private static boolean fires(Rule rule, Situation situation, List<Skip> skipped) {
    if (Evaluator.evaluate(rule, situation) instanceof Verdict.Fails verdict) {
      skipped.add(
          new Skip(
              rule.name(),
              situation.booking().bookingNum(),
              situation.booking().storeId(),
              verdict.condition(),
              verdict.reason()));
      return false;
    }
    return true;
  }

  /** A rule whose conditions hold (or whose retry is due) inside its quiet hours. */
  private static Skip deferral(Rule rule, Situation situation, Deferral deferral) {
    return new Skip(
        rule.name(),
        situation.booking().bookingNum(),
        situation.booking().storeId(),
        Deferral.CONDITION,
        deferral.reason());
  }

  private static Retry explained(Retry r, Skip why) {
    return new Retry(
        r.rule(),
        r.bookingNum(),
        r.storeId(),
        r.flag(),
        r.template(),
        r.failedAttempts(),
        "the rule does not fire any more ("
            + why.condition()
            + ": "
            + why.reason()
            + "), but its "
            + r.template()
            + " SMS was not delivered ("
            + r.failedAttempts()
            + " failed attempts): retried");
  }

  /** The booking number as its record key has it (the one every step of it names). */
  private static String bookingNum(BookingInput in) {
    return in.key().bookingNum();
  }

  private static String ruleSource(Rule rule) {
    return "rule '" + rule.name() + "'" + (rule.location() == null ? "" : " at " + rule.location());
  }
}
