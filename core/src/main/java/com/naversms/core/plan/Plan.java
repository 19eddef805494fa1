package com.naversms.core.plan;

import com.naversms.core.booking.BookingProblem;
import java.time.Instant;
import java.util.List;

/**
 * What the planner decided for one cycle: the actions in execution order, the rules that did not
 * fire (with reasons, for {@code --explain}), the bookings that could not be planned, and the
 * messages planned again by the retry pass although their rule did not fire (for {@code --explain};
 * their actions are among {@code actions}), and the booking values an SMS carries that were changed
 * so SENS can carry them ({@code valueChanges}, issue 12.2).
 */
public record Plan(
    Instant at,
    List<PlannedAction> actions,
    List<Skip> skipped,
    List<BookingProblem> problems,
    List<Retry> retries,
    List<ValueChange> valueChanges) {
  public Plan {
    actions = List.copyOf(actions);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
    retries = List.copyOf(retries);
    valueChanges = List.copyOf(valueChanges);
  }

  /** A plan whose SMS carry every booking value as it is. */
  public Plan(
      Instant at,
      List<PlannedAction> actions,
      List<Skip> skipped,
      List<BookingProblem> problems,
      List<Retry> retries) {
    this(at, actions, skipped, problems, retries, List.of());
  }

  /** A plan without retries. */
  public Plan(
      Instant at, List<PlannedAction> actions, List<Skip> skipped, List<BookingProblem> problems) {
    this(at, actions, skipped, problems, List.of());
  }
}
