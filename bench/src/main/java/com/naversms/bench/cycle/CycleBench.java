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
 * <p>Usage: {@code CycleBench STORES PER_STORE RUNS sleep|add PACE_MS [LEGACY_RUNS
 * [LEGACY_STORES]]}: every store fetched at once, a store's requests at least PACE_MS apart (the
 * client's politeness, 250 ms by default); the critical path is the slowest store's requests in
 * sequence at the same pace. The legacy pattern runs in the first LEGACY_RUNS runs (default: every
 * run; its ratio is far from its target at scale, and one run of it at 20 × 625 takes longer than
 * all the warm cycles), over the first LEGACY_STORES stores scaled to all ({@link LegacyCycle}).
 */
public final class CycleBench {
  /**
   * Wall ÷ critical path at most this (system property {@code bench.critical}): issue 7's 1.5,
   * issue 19 item 4's 1.2 for the chain of 100 stores.
   */
  private static final double CRITICAL_TARGET =
      Double.parseDouble(System.getProperty("bench.critical", "1.5"));

  private CycleBench() {}

  public static void main(String[] args) {
    int stores = Integer.parseInt(args[0]);
    int perStore = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    boolean sleep = args[3].equals("sleep");
    Duration pace = Duration.ofMillis(Long.parseLong(args[4]));
    int legacyRuns = args.length > 5 ? Integer.parseInt(args[5]) : runs;
    int legacyStores = args.length > 6 ? Integer.parseInt(args[6]) : stores;
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
        long legacy = i < legacyRuns ? LegacyCycle.run(w, sleep, legacyStores) : -1;
        walls.add(last.totalMs());
        criticals.add(critical);
        if (legacy >= 0) {
          legacies.add(legacy);
        }
        System.err.printf(
            "run %d: wall %d ms (waiting records and windows %d, fetch %d, read %d, plan %d; %d"
                + " requests, %d bookings, %d due sends), critical path %d ms, legacy %d ms%n",
            i + 1,
            last.totalMs(),
            last.waitingMs(),
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
                  String.format("≤ %.1f×", CRITICAL_TARGET),
                  String.format("%.0f ms ÷ %.0f ms = %.2f×", wall, critical, wall / critical),
                  wall / critical / CRITICAL_TARGET)
              .line());
      System.out.println(
          new Row(
                  "warm cycle " + size + ": legacy ÷ wall",
                  "≥ 5×",
                  String.format(
                      "%.0f ms ÷ %.0f ms = %.1f× (legacy pauses %s%s%s)",
                      legacy,
                      wall,
                      legacy / wall,
                      sleep ? "slept" : "added",
                      legacyRuns < runs ? ", " + legacyRuns + " legacy run" : "",
                      legacyStores < stores
                          ? ", legacy timed over "
                              + legacyStores
                              + " stores × "
                              + stores / legacyStores
                          : ""),
                  5.0 / (legacy / wall))
              .line());
    }
  }
}
