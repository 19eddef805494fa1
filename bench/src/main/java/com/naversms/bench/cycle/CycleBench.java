package com.naversms.bench.cycle;

import com.naversms.adapters.naver.PartnerApiSettings;
import com.naversms.bench.report.Median;
import com.naversms.bench.report.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Targets 1 and 2 of issue 7: the warm cycle against the simulator (50 ms per request) versus its
 * critical path and versus the legacy sequential pattern, measured in the same run; medians of
 * {@code RUNS} runs (the peak heap is StartupBench's, in a child JVM).
 *
 * <p>Usage: {@code CycleBench STORES PER_STORE RUNS sleep|add PACE_MS}: every store fetched at
 * once, a store's requests at least PACE_MS apart (the client's politeness, 250 ms by default); the
 * critical path is the slowest store's requests in sequence at the same pace.
 */
public final class CycleBench {
  private CycleBench() {}

  public static void main(String[] args) {
    int stores = Integer.parseInt(args[0]);
    int perStore = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    boolean sleep = args[3].equals("sleep");
    Duration pace = Duration.ofMillis(Long.parseLong(args[4]));
    PartnerApiSettings settings =
        PartnerApiSettings.defaults().withConcurrency(stores).withMinInterval(pace);
    String size = stores + "×" + perStore + ", pace " + pace.toMillis() + " ms";
    try (CycleWorld w = CycleWorld.start(stores, perStore, Duration.ofMillis(50))) {
      WarmCycle.run(w, settings); // warm-up: JIT, connections, SQLite pages
      List<Long> walls = new ArrayList<>();
      List<Long> criticals = new ArrayList<>();
      List<Long> legacies = new ArrayList<>();
      WarmCycle.Timing last = null;
      for (int i = 0; i < runs; i++) {
        last = WarmCycle.run(w, settings);
        long critical = WarmCycle.slowestStoreInSequence(w, pace) + last.readMs() + last.planMs();
        long legacy = LegacyCycle.run(w, sleep);
        walls.add(last.totalMs());
        criticals.add(critical);
        legacies.add(legacy);
        System.err.printf(
            "run %d: wall %d ms (fetch %d, read %d, plan %d; %d requests, %d bookings, %d due"
                + " sends), critical path %d ms, legacy %d ms%n",
            i + 1,
            last.totalMs(),
            last.fetchMs(),
            last.readMs(),
            last.planMs(),
            last.requests(),
            last.bookings(),
            last.dueSends(),
            critical,
            legacy);
      }
      double wall = Median.of(walls);
      double critical = Median.of(criticals);
      double legacy = Median.of(legacies);
      System.out.println(
          new Row(
                  "warm cycle " + size + ": wall ÷ critical path",
                  "≤ 1.5×",
                  String.format("%.0f ms ÷ %.0f ms = %.2f×", wall, critical, wall / critical),
                  wall / critical / 1.5)
              .line());
      System.out.println(
          new Row(
                  "warm cycle " + size + ": legacy ÷ wall",
                  "≥ 5×",
                  String.format(
                      "%.0f ms ÷ %.0f ms = %.1f× (legacy pauses %s)",
                      legacy, wall, legacy / wall, sleep ? "slept" : "added"),
                  5.0 / (legacy / wall))
              .line());
    }
  }
}
