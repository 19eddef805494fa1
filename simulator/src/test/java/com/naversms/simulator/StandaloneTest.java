package com.naversms.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandaloneTest {
  @Test
  void options_areReadFromTheCommandLine() {
    Standalone s =
        SimulatorMain.parse(
            new String[] {
              "--port",
              "0",
              "--seed",
              "7",
              "--stores",
              "11, 22",
              "--bookings-per-store",
              "4",
              "--latency-ms",
              "5"
            });
    assertThat(s).isEqualTo(new Standalone(0, 7, List.of("11", "22"), 4, Duration.ofMillis(5)));
    assertThat(SimulatorMain.parse(new String[0]).stores()).isEqualTo(Standalone.DEFAULT_STORES);
  }

  @Test
  void badOptions_areRefusedWithTheirName() {
    assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--seed", "x"}))
        .hasMessageContaining("--seed");
    assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--bogus", "1"}))
        .hasMessageContaining("--bogus");
    assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port"}))
        .hasMessageContaining("--port");
    assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--stores", ","}))
        .hasMessageContaining("--stores");
  }

  @Test
  void started_servesTodaysBookingsAndPrintsEveryUrlAndCredential() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC);
    Standalone standalone = new Standalone(0, 1, List.of("1000001", "1000002"), 5, Duration.ZERO);
    try (Simulator sim = standalone.start(clock)) {
      assertThat(sim.naver().storeIds()).containsExactly("1000001", "1000002");
      assertThat(sim.naver().bookings("1000001"))
          .hasSize(5)
          .allSatisfy(b -> assertThat(b.get("startDate")).isEqualTo("2026-11-27"));
      String banner =
          standalone.banner(sim, SimulatorEnv.of(sim, Path.of("/tmp/state.db"), Map.of()));
      assertThat(banner)
          .contains(sim.baseUrl(), sim.naver().loginUrl(), "demo-user", "demo-pass")
          .contains("sim-access-key", "sim-secret-key", "ncp:sms:kr:000000000000:sim")
          .contains(
              "000000:SIM-TOKEN",
              "-1000000000001",
              sim.baseUrl() + "/services/T000/B000/SIMHOOK",
              "xoxb-sim");
    }
  }
}
