package com.naversms.parity.comparison;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.BookingBuilder.kst;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.fixtures.TestConfig;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import com.naversms.parity.legacy.LegacyPlanner;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.6: the legacy looked up only its own phone form, so a booking whose item the refactor
 * wrote as bare digits looked new to it; the rules find the item. Comparison labels that D18.
 */
class KeyFormDifferenceTest {
  private static final Instant AT = kst("2026-11-27 10:00");

  @Test
  void whatOnlyTheLegacyPlans_becauseItMissedTheRefactorsItem_isD18() {
    Booking b = aBooking().id(9).phone("01100001234").startingAt("2026-11-27 15:00").build();
    RecordKey refactor = new RecordKey("1051707_9", "01100001234");
    Map<RecordKey, StoredRecord> records =
        Map.of(
            refactor,
            new StoredRecord(
                refactor,
                "김민수",
                LocalDateTime.of(2026, 11, 27, 15, 0),
                true,
                false,
                false,
                "",
                Map.of()));

    Plan legacy = LegacyPlanner.plan(List.of(b), records, AT, TestConfig.legacyRules());
    Plan rules = Planner.plan(List.of(b), records, AT, TestConfig.legacyRules());
    ComparisonReport report =
        PlanComparison.compare(legacy, rules, LegacyDifferences.forCycle(List.of(b), records, AT));

    assertThat(rules.actions()).isEmpty();
    assertThat(legacy.actions()).isNotEmpty();
    assertThat(report.differences())
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.intendedDifference()).isEqualTo("D18"));
    assertThat(report.agree()).isTrue();
  }
}
