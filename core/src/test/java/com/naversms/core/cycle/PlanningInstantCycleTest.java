package com.naversms.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.delivery.Channels;
import com.naversms.core.fakes.FixedBookingSource;
import com.naversms.core.fakes.InMemoryStateStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.core.fakes.RecordingNotifier;
import com.naversms.core.fakes.ScriptedSmsSender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link CycleSettings#planningAt()} (the simulator's {@code SIMULATOR_PLAN_AT}): the cycle fetches
 * and plans at that instant; the clock still times the claims, the ledger and the deadline.
 */
class PlanningInstantCycleTest {
  private static final Instant CLOCK = Instant.parse("2026-11-27T03:00:00Z");
  private static final Instant PLAN_AT = Instant.parse("2026-11-27T16:40:00Z"); // 01:40 KST

  private final InMemoryStateStore state = new InMemoryStateStore();
  private final ScriptedSmsSender sms = new ScriptedSmsSender();
  private final List<Instant> plannedAt = new ArrayList<>();

  private CycleResult run(CycleSettings settings) {
    FixedBookingSource source =
        new FixedBookingSource(
            List.of(TestBookings.booking("1051707", 1, PLAN_AT.plusSeconds(7200))));
    RecordingNotifier telegram = new RecordingNotifier();
    return new Cycle(
            TestBookings.CONFIG,
            cycleLog ->
                new CycleParts(
                    () -> new NaverAccess.Access.Opened(source), sms, Channels.of(telegram, null)),
            state,
            (bookings, records, now, config, optOuts) -> {
              plannedAt.add(now);
              return TestBookings.confirmations(bookings, records, now, config);
            },
            Optional.empty(),
            Channels.of(telegram, null),
            new RecordingEventLog(),
            new RecordingMetrics(),
            Clock.fixed(CLOCK, ZoneOffset.UTC),
            settings,
            (day, at) -> true,
            CarrierReport.none())
        .run("req-plan-at");
  }

  @Test
  void withoutIt_theCyclePlansAtTheClock() {
    CycleResult result = run(CycleSettings.defaults());

    assertThat(plannedAt).containsExactly(CLOCK);
    assertThat(result.at()).isEqualTo(CLOCK);
  }

  @Test
  void withIt_theCyclePlansAtThatInstant_andSendsWhatIsDueThen() {
    CycleResult result = run(CycleSettings.defaults().withPlanningAt(Optional.of(PLAN_AT)));

    assertThat(plannedAt).containsExactly(PLAN_AT);
    assertThat(result.at()).isEqualTo(PLAN_AT);
    assertThat(sms.messages()).hasSize(1);
    assertThat(result.report().sent()).isEqualTo(1);
  }
}
