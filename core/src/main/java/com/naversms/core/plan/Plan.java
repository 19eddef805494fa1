package com.naversms.core.plan;

import com.naversms.core.booking.BookingProblem;
import java.time.Instant;
import java.util.List;

/**
 * What the planner decided for one cycle: the actions in execution order, the rules that did not
 * fire (with reasons, for {@code --explain}), the bookings that could not be planned, and the
 * messages planned again by the retry pass although their rule did not fire (for {@code --explain};
 * their actions are among {@code actions}).
 */
public record Plan(
    Instant at,
    List<PlannedAction> actions,
    List<Skip> skipped,
    List<BookingProblem> problems,
    List<Retry> retries) {
  public Plan {
    actions = List.copyOf(actions);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
    retries = List.copyOf(retries);
  }

  /** A plan without retries. */
  public Plan(
      Instant at, List<PlannedAction> actions, List<Skip> skipped, List<BookingProblem> problems) {
    this(at, actions, skipped, problems, List.of());
  }
}
