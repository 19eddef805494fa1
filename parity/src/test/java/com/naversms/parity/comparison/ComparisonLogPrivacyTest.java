package com.naversms.parity.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.observability.EmfMetrics;
import com.naversms.adapters.observability.JsonEventLog;
import com.naversms.core.booking.Booking;
import com.naversms.core.observability.LogEvent.Level;
import com.naversms.core.plan.Plan;
import com.naversms.parity.legacy.LegacyFixtures;
import com.naversms.parity.legacy.LegacyPlanner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comparison telemetry written by the real writers carries no phone, name or secret. */
class ComparisonLogPrivacyTest {
  @Test
  void comparisonEventsAndMetrics_holdNoRawPhoneNameOrSecret() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    JsonEventLog log = new JsonEventLog(stream, Clock.systemUTC(), Level.DEBUG);
    log.redactSecrets(List.of("fixture-secret-key-123"));
    EmfMetrics metrics = new EmfMetrics(stream, Clock.systemUTC(), Map.of());

    Booking a =
        LegacyFixtures.aBooking()
            .id(1)
            .name("김민수")
            .phone("01000001234")
            .startingAt("2026-11-27T15:00+09:00")
            .build();
    Booking b =
        LegacyFixtures.aBooking()
            .id(2)
            .store("1000002")
            .name("이영희")
            .phone("01000005678")
            .startingAt("2026-11-27T15:00+09:00")
            .build();
    Instant at = OffsetDateTime.parse("2026-11-27T13:30+09:00").toInstant();
    Plan old = LegacyPlanner.plan(List.of(a, b), Map.of(), at, LegacyFixtures.config());
    Plan neu = LegacyPlanner.plan(List.of(a), Map.of(), at, LegacyFixtures.config());
    ComparisonReport report = PlanComparison.compare(old, neu, IntendedDifferences.none());
    ComparisonTelemetry.emit(report, log, metrics, "fixture-secret-key-123");
    metrics.flush();

    String written = bytes.toString(StandardCharsets.UTF_8);
    assertThat(written).contains("sms_comparison", "comparison_summary", "naver-sms/comparison");
    assertThat(written)
        .doesNotContain("01000001234", "01000005678", "0000-1234", "0000-5678")
        .doesNotContain("김민수", "이영희")
        .doesNotContain("fixture-secret-key-123");
  }
}
