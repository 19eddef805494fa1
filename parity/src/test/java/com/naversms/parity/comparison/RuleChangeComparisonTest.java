package com.naversms.parity.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Rule;
import com.naversms.core.state.StoredRecord;
import com.naversms.parity.legacy.LegacyFixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped rules against themselves with one rule changed: exactly that change is reported. */
class RuleChangeComparisonTest {
  private static final Configuration SHIPPED = ConfigLoader.load(Path.of("..", "config"));
  private static final Instant AT = OffsetDateTime.parse("2026-11-27T13:30+09:00").toInstant();

  /** Rule "Two-Hour Reminder" with a one-hour window instead of two. */
  private static Configuration reminderOneHourBefore() {
    List<Rule> rules = new ArrayList<>();
    for (Rule r : SHIPPED.rules()) {
      if (r.name().equals("Two-Hour Reminder")) {
        Condition.All all = (Condition.All) r.condition();
        List<Condition> changed = new ArrayList<>();
        for (Condition c : all.conditions()) {
          changed.add(
              c instanceof Condition.TimeBeforeBooking ? new Condition.TimeBeforeBooking(1) : c);
        }
        rules.add(
            new Rule(
                r.name(),
                r.enabled(),
                r.description(),
                new Condition.All(changed),
                r.actions(),
                r.location()));
      } else {
        rules.add(r);
      }
    }
    return new Configuration(
        rules,
        SHIPPED.stores(),
        SHIPPED.smsTemplates(),
        SHIPPED.telegramTemplates(),
        SHIPPED.slackTemplates(),
        SHIPPED.optionKeywords());
  }

  @Test
  void aOneHourReminderWindow_missesExactlyTheGuideOfTheBookingNinetyMinutesAway() {
    Booking inWindow = LegacyFixtures.aBooking().id(1).startingAt("2026-11-27T15:00+09:00").build();
    Booking later =
        LegacyFixtures.aBooking()
            .id(2)
            .phone("01000005678")
            .startingAt("2026-11-27T18:00+09:00")
            .build();
    List<Booking> bookings = List.of(inWindow, later);
    List<StoredRecord> stored =
        List.of(
            LegacyFixtures.record(inWindow, true, false, false),
            LegacyFixtures.record(later, true, false, false));
    var records = LegacyFixtures.byKey(stored);

    ComparisonReport report =
        PlanComparison.compare(
            Planner.plan(bookings, records, AT, SHIPPED),
            Planner.plan(bookings, records, AT, reminderOneHourBefore()),
            IntendedDifferences.none());

    assertThat(report.differences())
        .extracting(i -> i.category() + " " + i.key() + " " + i.side())
        .containsExactly(
            "SMS guide BASELINE_ONLY",
            "DB update_flag:remind_sms BASELINE_ONLY",
            "TELEGRAM guide BASELINE_ONLY");
    assertThat(report.differences()).allMatch(i -> i.bookingNum().equals("1000001_1"));

    RecordingTelemetry t = new RecordingTelemetry();
    ComparisonTelemetry.emit(report, t, t, "req-1");
    List<LogEvent> mismatches =
        t.events.stream()
            .filter(e -> Boolean.FALSE.equals(e.fields().get(LogField.MATCH)))
            .filter(e -> !"comparison_summary".equals(e.fields().get(LogField.EVENT_TYPE)))
            .toList();
    assertThat(mismatches)
        .extracting(e -> e.fields().get(LogField.EVENT_TYPE))
        .containsExactly("sms_comparison", "db_operation_comparison", "telegram_comparison");
    assertThat(mismatches.get(0).fields().get(LogField.SMS_NEW)).isNull();
    assertThat(mismatches.get(1).fields())
        .containsEntry(LogField.OPERATION_TYPE, "update_flag:remind_sms");
    assertThat(t.metrics)
        .containsEntry(MetricName.COMPARISON_RUN, 1.0)
        .containsEntry(MetricName.SMS_MISMATCH_COUNT, 1.0)
        .containsEntry(MetricName.DB_MISMATCH_COUNT, 1.0)
        .containsEntry(MetricName.TELEGRAM_MISMATCH_COUNT, 1.0)
        .containsEntry(MetricName.DISCREPANCIES_DETECTED, 3.0)
        .containsEntry(MetricName.COMPARISON_MATCH_PERCENTAGE, 0.0);
  }
}
