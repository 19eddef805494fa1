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
import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorOptions;
import com.naversms.simulator.naver.Scenario;
import com.naversms.simulator.sens.SensMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real {@link Cycle} from the demo's wiring ({@link SimulatedWorld}: no pacing, SENS on the
 * simulator) with 50 ms per request, 8 stores × 62 bookings. The first cycle has every confirmation
 * due, a backlog of 489 messages (issue 19 item 3): with the product's defaults, and in the same
 * run, in a JVM of its own started before, with issue 7's sending (4 lanes, one message per
 * request) for the ratio. The next cycle, 20 minutes later (warm: records exist), is timed for
 * information beside {@link CycleBench}, which times the same fetch/read/plan path without the
 * sends.
 */
public final class RealCycleBench {
  /** The confirmations and guides due in the first cycle at {@link CycleWorld#NOW} (seed 42). */
  private static final int DUE = 489;

  /** Issue 19's target for the first cycle (it took 14.2 s with issue 7's sending). */
  private static final double TARGET_MS = 4000;

  private static final Map<String, String> ISSUE_7_SENDING =
      Map.of("SEND_CONCURRENCY", "4", "SENS_BATCH_SIZE", "1");

  private RealCycleBench() {}

  /** One world: the simulator, its SQLite state, the cycle on a stepping clock. */
  private record World(Simulator sim, Persistence persistence, Cycle cycle, SteppingClock clock)
      implements AutoCloseable {
    static World start(Map<String, String> environment) throws Exception {
      SteppingClock clock = new SteppingClock(CycleWorld.NOW, Booking.SEOUL);
      Path dir = Files.createTempDirectory("bench-real");
      Path config = CycleWorld.configDir(dir.resolve("config"), 8);
      Simulator sim =
          Simulator.start(SimulatorOptions.defaults().clock(clock).latency(Duration.ofMillis(50)));
      sim.naver().scenario(Scenario.generated(42, BenchData.storeIds(8), 62, BenchData.DAY));
      Persistence persistence = SelfHosted.sqlite(dir.resolve("state.db"));
      Cycle cycle =
          SimulatedWorld.wiring(
                  sim,
                  config,
                  persistence,
                  CycleSettings.defaults(),
                  clock,
                  e -> {
                    if (Boolean.getBoolean("bench.events"))
                      System.err.println(System.nanoTime() / 1_000_000 + " " + e);
                  },
                  new NoMetrics(),
                  environment)
              .cycle();
      return new World(sim, persistence, cycle, clock);
    }

    /** One cycle: its result and wall time. */
    Timed run() {
      long t0 = System.nanoTime();
      CycleResult r = cycle.run("bench-real");
      return new Timed(r, (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public void close() throws Exception {
      try (sim) {
        persistence.close();
      }
    }
  }

  private record Timed(CycleResult result, long ms) {}

  /** What the simulator saw of the first cycle's backlog. */
  private record Backlog(Timed first, List<SensMessage> accepted, int requests, int inFlight) {
    static Backlog of(Simulator sim, Timed first) {
      return new Backlog(
          first,
          sim.sens().accepted(),
          sim.requests(Routes.SENS_SEND).size(),
          sim.maxInFlight(Routes.SENS_SEND));
    }
  }

  /**
   * {@code RealCycleBench issue7}: issue 7's sending alone, in this fresh JVM; prints {@code ISSUE7
   * ms}. {@code RealCycleBench ISSUE7_MS}: today's sending in this fresh JVM, then the next cycle,
   * and the rows (the ratio with the figure of the other JVM: each world a first cycle on a cold
   * JIT, so neither warms the other).
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("issue7")) {
      try (World old = World.start(ISSUE_7_SENDING)) {
        Timed oldFirst = old.run();
        System.err.printf(
            "real cycle first, issue 7's sending (4 lanes, one message a request): %d ms, %d SMS"
                + " in %d requests%n",
            oldFirst.ms(),
            old.sim().sens().accepted().size(),
            old.sim().requests(Routes.SENS_SEND).size());
        System.out.println("ISSUE7 " + oldFirst.ms());
      }
      return;
    }
    long issue7 = Long.parseLong(args[0]);
    Backlog backlog;
    Row nextRow;
    try (World w = World.start(Map.of())) {
      backlog = Backlog.of(w.sim(), w.run());
      w.clock().advance(Duration.ofMinutes(20));
      Timed next = w.run();
      int sent = w.sim().sens().accepted().size();
      System.err.printf(
          "real cycle next, 20 min later: %d ms, %d bookings, %d SMS accepted so far, failure %s%n",
          next.ms(), next.result().bookingsFetched(), sent, next.result().failure().orElse("none"));
      nextRow =
          new Row(
              "real Cycle (demo wiring) 8×62, next, 20 min later, " + sent + " SMS so far",
              "info",
              next.ms() + " ms",
              Double.NaN);
    }
    backlogRows(backlog, issue7);
    System.out.println(nextRow.line());
  }

  /**
   * Issue 19 item 3: the first cycle's backlog within 4 s, at most 8 requests open to SENS at once
   * (what the simulator saw), every message accepted exactly once and reported sent by the cycle
   * (claimed before, recorded after); and the same cycle with issue 7's sending in the same run, a
   * ratio a loaded machine moves less than the wall time.
   */
  private static void backlogRows(Backlog b, long issue7) {
    Timed first = b.first();
    List<SensMessage> accepted = b.accepted();
    long distinct = accepted.stream().map(m -> m.to() + "\u0000" + m.content()).distinct().count();
    int twice = (int) (accepted.size() - distinct);
    int reportedSent = first.result().report().sent();
    System.err.printf(
        "real cycle first (sends due): %d ms, %d bookings, %d SMS accepted in %d requests (at most"
            + " %d open), %d reported sent, failure %s%n",
        first.ms(),
        first.result().bookingsFetched(),
        accepted.size(),
        b.requests(),
        b.inFlight(),
        reportedSent,
        first.result().failure().orElse("none"));
    System.out.println(
        new Row(
                "backlog: first cycle 8×62 (demo wiring, sends included), "
                    + accepted.size()
                    + " SMS due, 50 ms per request",
                "≤ 4000 ms",
                first.ms() + " ms (" + b.requests() + " SENS requests)",
                first.ms() / TARGET_MS)
            .line());
    // Information, not a target: issue 7's sending in today's code is not issue 7's 14.2 s (its
    // Telegram lines are joined into posts and its writes group-committed too), so a ratio to the
    // issue's 14.2 s ÷ 4 s would compare against a baseline this bench no longer has
    // (docs/performance.md "Backlog sends"); the gated figure is the time above.
    double speedup = (double) issue7 / first.ms();
    System.out.println(
        new Row(
                "backlog: 4 lanes, 1 message a request (issue 7's sending, in today's code) ÷"
                    + " today's sending, each the first cycle of its own fresh JVM, same run",
                "info",
                String.format("%d ms ÷ %d ms = %.2f×", issue7, first.ms(), speedup),
                Double.NaN)
            .line());
    System.out.println(
        new Row(
                "backlog: SENS requests open at once (what the simulator saw)",
                "≤ 8",
                String.valueOf(b.inFlight()),
                b.inFlight() / 8.0)
            .line());
    boolean once = twice == 0 && reportedSent == accepted.size() && accepted.size() == DUE;
    System.out.println(
        new Row(
                "backlog: every due message accepted once and recorded sent",
                DUE + " once, 0 twice",
                accepted.size() + " accepted, " + twice + " twice, " + reportedSent + " sent",
                once ? 1.0 : Double.POSITIVE_INFINITY)
            .line());
  }
}
