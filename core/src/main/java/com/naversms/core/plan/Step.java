package com.naversms.core.plan;

import java.util.List;

/** What planning one action of a rule for one booking came to. */
sealed interface Step {
  /** {@code changes}: booking values the action's text carries changed for SENS (issue 12.2). */
  record Add(Delivery.Step action, List<ValueChange> changes) implements Step {
    Add(Delivery.Step action) {
      this(action, List.of());
    }
  }

  /**
   * Not planned, for a reason that belongs in {@code --explain}. Kept as a value (why, and the rule
   * or flag it names) and put into words only when explaining. {@code withheld}: the message an
   * opt-out holds back, for the message ledger ({@link Withheld}); null otherwise.
   */
  record Skipped(Why why, String detail, Delivery.Send withheld) implements Step {
    Skipped(Why why, String detail) {
      this(why, detail, null);
    }

    String reason() {
      return why.text.formatted(detail);
    }
  }

  /** Why an action was not planned; {@code %s} is the detail. */
  enum Why {
    RECORD_EXISTS("a record already exists"),
    FLAG_SET("its flag %s is already set: sent before"),
    ALREADY_PLANNED("already planned by rule '%s' in this cycle"),
    SMS_NOT_PLANNED("the send_sms whose flag this sets is not planned"),
    /** An advertising message to a number that refused them (the detail says which, masked). */
    NOT_TO_OPTED_OUT("not planned: %s");

    private final String text;

    Why(String text) {
      this.text = text;
    }
  }

  /** The booking cannot be planned for this rule: a {@code BookingProblem}. */
  record Broken(String field, String reason) implements Step {}

  /** A {@code send_slack digest: true}: the booking joins the rule's per-cycle digest. */
  record JoinDigest() implements Step {}
}
