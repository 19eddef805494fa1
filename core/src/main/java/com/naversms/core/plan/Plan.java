package com.naversms.core.plan;

import com.naversms.core.booking.BookingProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the planner decided for one cycle: one {@link Delivery} per rule and booking (then the
 * per-cycle digests) in execution order, the rules that did not fire (with reasons, for {@code
 * --explain}), the bookings that could not be planned, the messages planned again by the retry pass
 * although their rule did not fire (for {@code --explain}; their steps are among {@code
 * deliveries}), and the booking values an SMS carries that were changed so SENS can carry them
 * ({@code valueChanges}, issue 12.2), and the messages held back in this cycle ({@code withheld}:
 * quiet hours, opt-outs), which the executor records in the message ledger and nothing prints.
 */
public record Plan(
    Instant at,
    List<Delivery> deliveries,
    List<Skip> skipped,
    List<BookingProblem> problems,
    List<Retry> retries,
    List<ValueChange> valueChanges,
    List<Withheld> withheld) {
  public Plan {
    deliveries = List.copyOf(deliveries);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
    retries = List.copyOf(retries);
    valueChanges = List.copyOf(valueChanges);
    withheld = List.copyOf(withheld);
  }

  /** A plan that holds no message back. */
  public Plan(
      Instant at,
      List<Delivery> deliveries,
      List<Skip> skipped,
      List<BookingProblem> problems,
      List<Retry> retries,
      List<ValueChange> valueChanges) {
    this(at, deliveries, skipped, problems, retries, valueChanges, List.of());
  }

  /** A plan whose SMS carry every booking value as it is. */
  public Plan(
      Instant at,
      List<Delivery> deliveries,
      List<Skip> skipped,
      List<BookingProblem> problems,
      List<Retry> retries) {
    this(at, deliveries, skipped, problems, retries, List.of());
  }

  /** A plan without retries. */
  public Plan(
      Instant at, List<Delivery> deliveries, List<Skip> skipped, List<BookingProblem> problems) {
    this(at, deliveries, skipped, problems, List.of());
  }

  /** The steps of every delivery: as many as the flat list has actions. */
  public int stepCount() {
    int count = 0;
    for (Delivery d : deliveries) {
      count += d.steps().size();
    }
    return count;
  }

  /**
   * The legacy flat action list, in execution order: what {@code plan --format json}, {@code
   * compare} and the validation campaign print and compare. The executor does not read it.
   */
  public List<PlannedAction> actions() {
    List<PlannedAction> actions = new ArrayList<>();
    for (Delivery d : deliveries) {
      for (Delivery.Step step : d.steps()) {
        actions.add(PlannedAction.of(d, step));
      }
    }
    return List.copyOf(actions);
  }
}
