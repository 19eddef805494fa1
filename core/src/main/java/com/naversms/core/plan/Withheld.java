package com.naversms.core.plan;

import java.util.List;

/**
 * A message the planner would send to a booking's customer but holds back in this cycle: its rule
 * is inside quiet hours, or it is an advertising message to a number that refused them. Not a step
 * of the plan (nothing is claimed, sent or printed by {@code plan}): the executor records it in the
 * message ledger ({@code deferred} or {@code suppressed}, docs/state.md 8), so {@code messages
 * list} says why a customer got nothing yet. A deferred message sent later is the same ledger
 * entry.
 *
 * @param delivery the rule, booking and slot, with the held message as its one step
 * @param reason what the ledger records, as {@code plan --explain} words it
 */
public record Withheld(Delivery delivery, Why why, String reason) {

  /** Why the message is held back. */
  public enum Why {
    /** The rule is inside its quiet hours: a later cycle may send it. */
    QUIET_HOURS,
    /** An advertising message to a number on the opt-out list (or the list could not be read). */
    OPTED_OUT
  }

  /** The held message. */
  public Delivery.Send send() {
    return (Delivery.Send) delivery.steps().getFirst();
  }

  static Withheld of(String rule, BookingInput in, Delivery.Send send, Why why, String reason) {
    return new Withheld(
        new Delivery(
            rule,
            in.key().bookingNum(),
            in.booking().storeId(),
            in.key(),
            Delivery.slotOf(in.booking().start()),
            List.of(send)),
        why,
        reason);
  }
}
