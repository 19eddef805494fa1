package com.naversms.parity.comparison;

import static com.naversms.parity.legacy.LegacyFixtures.aBooking;
import static com.naversms.parity.legacy.LegacyFixtures.byKey;
import static com.naversms.parity.legacy.LegacyFixtures.config;
import static com.naversms.parity.legacy.LegacyFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.booking.Stores;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.rules.Configuration;
import com.naversms.parity.legacy.LegacyPlanner;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanComparisonTest {
  private static final Instant AT = OffsetDateTime.parse("2026-11-27T13:30+09:00").toInstant();
  private final Booking fresh = aBooking().id(1).startingAt("2026-11-27T15:00+09:00").build();
  private final Booking known =
      aBooking()
          .id(2)
          .store("1000002")
          .phone("01000005678")
          .name("이영희")
          .startingAt("2026-11-27T15:00+09:00")
          .build();
  private final List<Booking> bookings = List.of(fresh, known);

  private Plan legacy(Configuration config) {
    return LegacyPlanner.plan(
        bookings, byKey(List.of(record(known, true, false, false))), AT, config);
  }

  /** The same configuration with store 1000002's guide sender changed. */
  private static Configuration otherSender() {
    Configuration c = config();
    List<Store> stores = new ArrayList<>();
    for (Store s : c.stores().all()) {
      stores.add(
          s.id().equals("1000002")
              ? new Store(s.id(), s.name(), s.alias(), "01000009999", s.guideTemplate())
              : s);
    }
    return new Configuration(
        c.rules(),
        new Stores(c.stores().defaultFrom(), stores),
        c.smsTemplates(),
        c.telegramTemplates(),
        c.slackTemplates(),
        c.optionKeywords());
  }

  @Test
  void identicalPlans_agreeCompletely() {
    ComparisonReport r =
        PlanComparison.compare(legacy(config()), legacy(config()), IntendedDifferences.none());
    assertThat(r.items()).allMatch(ComparedItem::match);
    assertThat(r.total()).isEqualTo(1 + 3 + 3 + 3);
    assertThat(r.matchPercentage()).isEqualTo(100.0);
    assertThat(r.agree()).isTrue();
  }

  @Test
  void oneChangedSender_isExactlyOneSmsMismatch_withTheExpectedEventsAndMetrics() {
    ComparisonReport r =
        PlanComparison.compare(legacy(config()), legacy(otherSender()), IntendedDifferences.none());
    assertThat(r.differences())
        .singleElement()
        .satisfies(i -> {
          assertThat(i.category()).isEqualTo(Category.SMS);
          assertThat(i.bookingNum()).isEqualTo("1000002_2");
          assertThat(i.key()).isEqualTo("guide");
          assertThat(i.differences()).containsExactly("from");
        });

    RecordingTelemetry t = new RecordingTelemetry();
    ComparisonTelemetry.emit(r, t, t, "req-7");
    List<LogEvent> mismatches =
        t.events.stream()
            .filter(e -> Boolean.FALSE.equals(e.fields().get(LogField.MATCH)))
            .toList();
    assertThat(mismatches).hasSize(2); // the item and the summary
    LogEvent item = mismatches.get(0);
    assertThat(item.level()).isEqualTo(LogEvent.Level.WARN);
    assertThat(item.fields())
        .containsEntry(LogField.EVENT_TYPE, "sms_comparison")
        .containsEntry(LogField.BOOKING_ID, "2")
        .containsEntry(LogField.STORE_ID, "1000002")
        .containsEntry(LogField.PHONE_MASKED, "010-****-5678")
        .containsEntry(LogField.REQUEST_ID, "req-7")
        .containsKeys(LogField.SMS_OLD, LogField.SMS_NEW);
    LogEvent summary = t.events.get(t.events.size() - 1);
    assertThat(summary.fields())
        .containsEntry(LogField.EVENT_TYPE, "comparison_summary")
        .containsEntry(LogField.COMPARISON_MODE, "comparison")
        .containsEntry(LogField.SMS_SEND_ENABLED, false)
        .containsEntry(LogField.MATCH_PERCENTAGE, 90.0);
    assertThat(t.events).hasSize(r.total() + 1);
    assertThat(t.metrics)
        .containsEntry(MetricName.COMPARISON_RUN, 1.0)
        .containsEntry(MetricName.SMS_MISMATCH_COUNT, 1.0)
        .containsEntry(MetricName.DB_MISMATCH_COUNT, 0.0)
        .containsEntry(MetricName.TELEGRAM_MISMATCH_COUNT, 0.0)
        .containsEntry(MetricName.COMPARISON_MATCH_PERCENTAGE, 90.0)
        .containsEntry(MetricName.DISCREPANCIES_DETECTED, 1.0);
  }

  @Test
  void aListedDifference_isLabelled_andNeitherCountsNorLowersThePercentage() {
    IntendedDifferences listed =
        IntendedDifferences.of(
            List.of(
                new IntendedDifference(
                    "D9",
                    "guide sender",
                    Category.SMS,
                    "guide",
                    ComparedItem.Side.BOTH,
                    List.of("from"))));
    ComparisonReport r = PlanComparison.compare(legacy(config()), legacy(otherSender()), listed);
    assertThat(r.differences())
        .singleElement()
        .extracting(ComparedItem::intendedDifference)
        .isEqualTo("D9");
    assertThat(r.agree()).isTrue();
    assertThat(r.matchPercentage()).isEqualTo(100.0);
    RecordingTelemetry t = new RecordingTelemetry();
    ComparisonTelemetry.emit(r, t, t, null);
    assertThat(t.metrics).containsEntry(MetricName.DISCREPANCIES_DETECTED, 0.0);
    assertThat(t.events)
        .filteredOn(e -> "D9".equals(e.fields().get(LogField.INTENDED_DIFFERENCE)))
        .singleElement()
        .satisfies(e -> assertThat(e.fields()).containsEntry(LogField.MATCH, true));
    assertThat(t.events)
        .filteredOn(e -> Boolean.FALSE.equals(e.fields().get(LogField.MATCH)))
        .isEmpty();
  }

  @Test
  void aMissingAction_isAPresenceDifference_onTheRightSide() {
    Plan full = legacy(config());
    List<Delivery> fewer =
        full.deliveries().stream()
            .map(d ->
                new Delivery(
                    d.rule(),
                    d.bookingNum(),
                    d.storeId(),
                    d.key(),
                    d.steps().stream()
                        .filter(a ->
                            !(PlannedAction.of(d, a) instanceof PlannedAction.UpdateFlag f
                                && f.flag().equals("remind_sms")
                                && f.bookingNum().equals("1000001_1")))
                        .toList()))
            .toList();
    Plan candidate = new Plan(full.at(), fewer, List.of(), List.of());
    ComparisonReport r = PlanComparison.compare(full, candidate, IntendedDifferences.none());
    assertThat(r.differences())
        .singleElement()
        .satisfies(i -> {
          assertThat(i.category()).isEqualTo(Category.DB);
          assertThat(i.key()).isEqualTo("update_flag:remind_sms");
          assertThat(i.side()).isEqualTo(ComparedItem.Side.BASELINE_ONLY);
          assertThat(i.differences()).containsExactly(ComparedItem.PRESENCE);
        });
    RecordingTelemetry t = new RecordingTelemetry();
    ComparisonTelemetry.emit(r, t, t, null);
    assertThat(t.metrics).containsEntry(MetricName.DB_MISMATCH_COUNT, 1.0);
  }

  @Test
  void telemetryNeverCarriesPhonesNamesOrTexts() {
    ComparisonReport r =
        PlanComparison.compare(legacy(config()), legacy(otherSender()), IntendedDifferences.none());
    RecordingTelemetry t = new RecordingTelemetry();
    ComparisonTelemetry.emit(r, t, t, null);
    String all = t.events.toString();
    assertThat(all)
        .doesNotContain("01000005678", "01000001234", "0000-1234", "이영희", "김민수", "예약 확정");
  }

  @Test
  void nothingToCompare_isAHundredPercent() {
    Plan empty = new Plan(AT, List.of(), List.of(), List.of());
    ComparisonReport r = PlanComparison.compare(empty, empty, IntendedDifferences.none());
    assertThat(r.matchPercentage()).isEqualTo(100.0);
    assertThat(r.agree()).isTrue();
  }
}
