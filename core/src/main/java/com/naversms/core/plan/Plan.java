package com.naversms.core.plan;

import com.naversms.core.booking.BookingProblem;
import java.time.Instant;
import java.util.List;

/**
 * What the planner decided for one cycle: the actions in execution order, the rules that did not
 * fire (with reasons, for {@code --explain}) and the bookings that could not be planned.
 */
public record Plan(
    Instant at, List<PlannedAction> actions, List<Skip> skipped, List<BookingProblem> problems) {
  public Plan {
    actions = List.copyOf(actions);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
  }
}
