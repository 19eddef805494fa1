package com.naversms.app.cli;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Phone;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.plan.Retry;
import com.naversms.core.plan.Skip;
import com.naversms.core.rules.Rule;
import com.naversms.core.state.Flags;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StoredRecord;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code explain}'s answer for one booking: the booking (phone masked, no name), its record, and
 * every rule in file order with its verdict: the actions it planned, or the first condition that
 * failed and why (the verdicts of {@code plan --explain}).
 */
final class BookingVerdicts {
  private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private BookingVerdicts() {}

  static String render(
      Booking b, Map<RecordKey, StoredRecord> records, Plan plan, List<Rule> rules) {
    StringBuilder out = new StringBuilder();
    out.append("Booking ")
        .append(b.bookingNum())
        .append(": store ")
        .append(b.storeId())
        .append(", status ")
        .append(b.statusCode())
        .append(", slot ")
        .append(b.startLocal().format(SLOT))
        .append(" KST, phone ")
        .append(Phone.masked(b.phone()))
        .append('\n');
    RecordKey key = RecordKeys.of(b, records);
    StoredRecord record = records.get(key);
    out.append("  record: ").append(record == null ? "none yet" : describe(record)).append('\n');
    TextTable verdicts = new TextTable("RULE", "VERDICT", "DETAIL");
    for (Rule rule : rules) {
      List<PlannedAction> fired =
          plan.actions().stream()
              .filter(a -> a.bookingNum().equals(b.bookingNum()) && a.rule().equals(rule.name()))
              .toList();
      List<Skip> skips =
          plan.skipped().stream()
              .filter(s -> s.bookingNum().equals(b.bookingNum()) && s.rule().equals(rule.name()))
              .toList();
      List<Retry> retries =
          plan.retries().stream()
              .filter(r -> r.bookingNum().equals(b.bookingNum()) && r.rule().equals(rule.name()))
              .toList();
      if (!fired.isEmpty()) {
        String verdict = retries.isEmpty() ? "fires" : "retries";
        for (PlannedAction a : fired) {
          verdicts.row(rule.name(), verdict, a.type() + " " + PlanTable.detail(a));
          verdict = "";
        }
      } else if (!skips.isEmpty()) {
        Skip s = skips.getFirst();
        verdicts.row(rule.name(), "does not fire", s.condition() + ": " + s.reason());
      } else {
        verdicts.row(rule.name(), rule.enabled() ? "fires" : "disabled", "no action planned");
      }
    }
    out.append(verdicts.render());
    return out.toString();
  }

  private static String describe(StoredRecord r) {
    Map<String, Object> shown = new TreeMap<>();
    shown.put(Flags.CONFIRM, r.confirmSms());
    shown.put(Flags.REMIND, r.remindSms());
    shown.put(Flags.OPTION, r.optionSms());
    r.extra()
        .forEach((k, v) -> {
          if (v instanceof Boolean || k.endsWith("_attempts") || k.endsWith("_claimed_at")) {
            shown.put(k, v);
          }
        });
    StringBuilder s = new StringBuilder(Phone.masked(r.key().phone()));
    shown.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
    return s.toString();
  }
}
