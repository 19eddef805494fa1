package com.naversms.bench.cycle;

import com.naversms.app.demo.SimulatedWorld;
import com.naversms.app.demo.SteppingClock;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.bench.BenchData;
import com.naversms.bench.report.Row;
import com.naversms.core.booking.Booking;
import com.naversms.core.cycle.Cycle;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorOptions;
import com.naversms.simulator.naver.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real {@link Cycle} from the demo's wiring ({@link SimulatedWorld}: no pacing, SENS on the
 * simulator) with 50 ms per request, 8 stores × 62 bookings: the first cycle (every confirmation
 * due, so it sends) and the next one 20 minutes later (warm: records exist). For information beside
 * {@link CycleBench}, which times the same fetch/read/plan path without the sends.
 */
public final class RealCycleBench {
  private RealCycleBench() {}

  public static void main(String[] args) throws Exception {
    SteppingClock clock = new SteppingClock(CycleWorld.NOW, Booking.SEOUL);
    Path dir = Files.createTempDirectory("bench-real");
    Path config = CycleWorld.configDir(dir.resolve("config"), 8);
    try (Simulator sim =
            Simulator.start(
                SimulatorOptions.defaults().clock(clock).latency(Duration.ofMillis(50)));
        Persistence persistence = SelfHosted.sqlite(dir.resolve("state.db"))) {
      sim.naver().scenario(Scenario.generated(42, BenchData.storeIds(8), 62, BenchData.DAY));
      Cycle cycle =
          SimulatedWorld.wiring(
                  sim,
                  config,
                  persistence,
                  CycleSettings.defaults(),
                  clock,
                  e -> {},
                  new NoMetrics())
              .cycle();
      for (String label : new String[] {"first (sends due)", "next, 20 min later"}) {
        long t0 = System.nanoTime();
        CycleResult r = cycle.run("bench-real");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int sent = sim.sens().accepted().size();
        System.err.printf(
            "real cycle %s: %d ms, %d bookings, %d SMS accepted so far, failure %s%n",
            label, ms, r.bookingsFetched(), sent, r.failure().orElse("none"));
        System.out.println(
            new Row(
                    "real Cycle (demo wiring) 8×62, " + label + ", " + sent + " SMS so far",
                    "info",
                    ms + " ms",
                    Double.NaN)
                .line());
        clock.advance(Duration.ofMinutes(20));
      }
    }
  }
}
