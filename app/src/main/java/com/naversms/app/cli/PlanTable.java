package com.naversms.app.cli;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.booking.Phone;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.plan.Retry;
import com.naversms.core.plan.Skip;
import com.naversms.core.plan.ValueChange;
import com.naversms.formats.plan.PlanJson;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code plan --format table}: the actions in execution order, phones masked. */
final class PlanTable {
  private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private PlanTable() {}

  static String render(Plan plan, List<Booking> bookings, boolean explain) {
    Map<String, Booking> byNum =
        bookings.stream()
            .collect(Collectors.toMap(Booking::bookingNum, Function.identity(), (a, b) -> a));
    StringBuilder out = new StringBuilder();
    out.append("Plan at ")
        .append(PlanJson.at(plan))
        .append(": ")
        .append(plan.actions().size())
        .append(" actions for ")
        .append(bookings.size())
        .append(" bookings\n\n");
    TextTable actions =
        new TextTable("SLOT", "STORE", "BOOKING", "RULE", "TYPE", "TEMPLATE/FLAG", "PHONE");
    for (PlannedAction a : plan.actions()) {
      Booking b = byNum.get(a.bookingNum());
      actions.row(
          b == null ? "" : b.startLocal().format(SLOT),
          a.storeId(),
          a.bookingNum().isEmpty() ? "(digest)" : a.bookingNum(),
          a.rule(),
          a.type(),
          detail(a),
          b == null ? "" : Phone.masked(b.phone()));
    }
    out.append(actions.isEmpty() ? "No actions.\n" : actions.render());
    if (explain) {
      TextTable skipped = new TextTable("BOOKING", "RULE", "CONDITION", "REASON");
      for (Skip s : plan.skipped()) {
        skipped.row(s.bookingNum(), s.rule(), s.condition(), s.reason());
      }
      out.append("\nSkipped:\n").append(skipped.isEmpty() ? "Nothing.\n" : skipped.render());
      TextTable changes = new TextTable("BOOKING", "CHANGE");
      for (PlannedAction a : plan.actions()) {
        if (a instanceof PlannedAction.UpdateRecord u) {
          changes.row(u.bookingNum(), u.reason());
        }
      }
      if (!changes.isEmpty()) {
        out.append("\nRescheduled or cancelled:\n").append(changes.render());
      }
      if (!plan.retries().isEmpty()) {
        TextTable retried = new TextTable("BOOKING", "RULE", "FLAG", "REASON");
        for (Retry r : plan.retries()) {
          retried.row(r.bookingNum(), r.rule(), r.flag(), r.reason());
        }
        out.append("\nRetried (not delivered before):\n").append(retried.render());
      }
      if (!plan.valueChanges().isEmpty()) {
        TextTable values =
            new TextTable("BOOKING", "RULE", "TEMPLATE", "VALUE", "CHANGED FOR SENS");
        for (ValueChange c : plan.valueChanges()) {
          values.row(
              c.bookingNum(),
              c.rule(),
              c.template(),
              c.value() + " (" + c.masked() + ")",
              String.join(", ", c.characters()));
        }
        out.append("\nBooking values changed so SENS can carry them (EUC-KR):\n")
            .append(values.render());
      }
    }
    if (!plan.problems().isEmpty()) {
      out.append("\nProblems:\n");
      for (BookingProblem p : plan.problems()) {
        out.append("  ").append(p).append('\n');
      }
    }
    return out.toString();
  }

  static String detail(PlannedAction action) {
    return switch (action) {
      case PlannedAction.SendSms s ->
          s.template() + " (" + s.messageType() + " " + s.bytes() + " B, flag " + s.flag() + ")";
      case PlannedAction.UpdateFlag u -> u.flag() + "=" + u.value();
      case PlannedAction.CreateDbRecord c -> "";
      case PlannedAction.UpdateRecord u -> u.reason();
      case PlannedAction.SendTelegram t -> "";
      case PlannedAction.SendSlack s -> s.channel();
      case PlannedAction.LogEvent l -> l.eventType();
    };
  }
}
