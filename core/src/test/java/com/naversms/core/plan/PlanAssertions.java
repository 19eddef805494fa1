package com.naversms.core.plan;

import static com.naversms.core.rules.fixtures.BookingBuilder.kst;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.util.List;
import java.util.Map;

/** Small readers over a plan for tests: {@code summary(plan)} = ["rule: type(detail)", ...]. */
public final class PlanAssertions {
  private PlanAssertions() {}

  public static Plan plan(String kstNow, Configuration config, Booking... bookings) {
    return Planner.plan(List.of(bookings), Map.of(), kst(kstNow), config);
  }

  public static Plan plan(
      String kstNow, Configuration config, Map<RecordKey, StoredRecord> records, Booking... b) {
    return Planner.plan(List.of(b), records, kst(kstNow), config);
  }

  static List<String> summary(Plan plan) {
    return plan.actions().stream().map(PlanAssertions::describe).toList();
  }

  static String describe(PlannedAction a) {
    String detail =
        switch (a) {
          case PlannedAction.SendSms s -> "(" + s.template() + ")";
          case PlannedAction.UpdateFlag u -> "(" + u.flag() + "=" + u.value() + ")";
          case PlannedAction.SendSlack s -> "(" + s.text() + ")";
          case PlannedAction.SendTelegram t -> "(" + t.text() + ")";
          case PlannedAction.LogEvent l -> "(" + l.eventType() + ")";
          case PlannedAction.CreateDbRecord c -> "";
          case PlannedAction.UpdateRecord u -> "(" + u.reason() + ")";
        };
    return a.bookingNum() + " " + a.rule() + ": " + a.type() + detail;
  }

  static List<PlannedAction.SendSms> sms(Plan plan) {
    return plan.actions().stream()
        .filter(PlannedAction.SendSms.class::isInstance)
        .map(PlannedAction.SendSms.class::cast)
        .toList();
  }
}
