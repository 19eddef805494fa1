package com.naversms.core.plan;

/** What planning one action of a rule for one booking came to. */
sealed interface Step {
  record Add(PlannedAction action) implements Step {}

  /** Not planned, for a reason that belongs in {@code --explain} (e.g. already planned). */
  record Skipped(String action, String reason) implements Step {}

  /** The booking cannot be planned for this rule: a {@code BookingProblem}. */
  record Broken(String field, String reason) implements Step {}

  /** A {@code send_slack digest: true}: the booking joins the rule's per-cycle digest. */
  record JoinDigest() implements Step {}
}
