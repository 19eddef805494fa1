package com.naversms.app.cli;

import com.naversms.adapters.redaction.Redaction;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.booking.Phone;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.delivery.ActionResult;
import com.naversms.core.delivery.Outcome;

/**
 * One readable paragraph about a finished cycle, for the terminal. Customers appear by booking
 * number and masked phone only; the whole text passes the log's phone masking too, so an error text
 * that quotes a number (a SENS answer, an exception) never shows it whole.
 */
final class RunOutcome {
  private RunOutcome() {}

  static String describe(CycleResult r) {
    return Redaction.none().text(paragraph(r));
  }

  private static String paragraph(CycleResult r) {
    if (!r.completed()) {
      return "cycle " + r.requestId() + " failed: " + r.failure().orElse("");
    }
    StringBuilder text = new StringBuilder();
    text.append("cycle ")
        .append(r.requestId())
        .append(": ")
        .append(r.bookingsFetched())
        .append(" bookings fetched, ")
        .append(r.report().sent())
        .append(" SMS sent ")
        .append(r.report().sentByTemplate())
        .append(", ")
        .append(r.report().smsFailed())
        .append(" failed, ")
        .append(r.report().exhausted())
        .append(" exhausted, ")
        .append(r.report().uncertain())
        .append(" uncertain, ")
        .append(r.report().suppressed())
        .append(" not carried out (dry run or comparison)");
    r.skippedChannels()
        .forEach(reason -> text.append("\n  CHANNEL ").append(reason).append(" (secrets check)"));
    r.storeFailures()
        .forEach(f ->
            text.append("\n  store ")
                .append(f.request().storeId())
                .append(" not fetched: ")
                .append(f.reason()));
    // bookings that could not be read or planned (a bad phone, a missing template): never sent,
    // named with the field and at most a masked value (issue 12.3)
    for (BookingProblem p : r.problems()) {
      text.append("\n  problem: ").append(p);
    }
    for (ActionResult a : r.report().failures()) {
      text.append("\n  failed ")
          .append(a.type())
          .append(" ")
          .append(a.action() == null ? "" : a.action().bookingNum())
          .append(": ")
          .append(((Outcome.Failed) a.outcome()).reason());
    }
    r.report()
        .sendingStopped()
        .ifPresent(reason ->
            text.append("\n  SENS REFUSED THE CREDENTIALS: ")
                .append(reason)
                .append("; sending stopped, ")
                .append(r.report().deferred())
                .append(" messages deferred to the next cycle (no attempt used)"));
    for (ActionResult a : r.report().exhaustedMessages()) {
      Outcome.Exhausted x = (Outcome.Exhausted) a.outcome();
      text.append("\n  EXHAUSTED ")
          .append(a.key().record().bookingNum())
          .append(" ")
          .append(a.key().flag())
          .append(ruleOf(a))
          .append(": gave up after ")
          .append(x.attempts())
          .append(" failed attempts")
          .append(x.lastError().isEmpty() ? "" : " (last: " + x.lastError() + ")")
          .append("; resolve it (docs/state.md, section 5)");
    }
    for (ActionResult a : r.report().uncertainDeliveries()) {
      text.append("\n  UNCERTAIN ")
          .append(a.key().record().bookingNum())
          .append(" ")
          .append(Phone.masked(a.key().record().phone()))
          .append(" ")
          .append(a.key().flag())
          .append(ruleOf(a))
          .append(": ")
          .append(((Outcome.Uncertain) a.outcome()).reason())
          .append(" (see docs/operations.md, 'Uncertain deliveries')");
    }
    return text.toString();
  }

  /** Which rule planned the message, so two stuck messages of one booking read apart. */
  private static String ruleOf(ActionResult a) {
    return a.rule().isEmpty() ? "" : " (rule " + a.rule() + ")";
  }
}
