package com.naversms.parity.cli;

import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import com.naversms.parity.validation.Performance;
import com.naversms.parity.validation.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The campaign's default performance line: planning of the largest scenario, timed, with the peak
 * heap the JVM's memory pools saw; or one demo run (simulator cycles), which the CLI measures.
 */
final class PlanningProbe {
  private PlanningProbe() {}

  static Performance largestScenario(List<Scenario> scenarios, Configuration config) {
    Scenario largest =
        scenarios.stream().max(Comparator.comparingInt(s -> s.bookings().size())).orElse(null);
    if (largest == null) {
      return Performance.notMeasured("no scenario to measure");
    }
    Map<RecordKey, StoredRecord> records = new LinkedHashMap<>();
    largest.records().forEach(r -> records.put(r.key(), r));
    Runnable planning = () -> Planner.plan(largest.bookings(), records, largest.at(), config);
    return measure(
        "planning of the largest scenario '"
            + largest.name()
            + "' ("
            + largest.bookings().size()
            + " bookings; no simulator cycle measured)",
        planning);
  }

  /**
   * One run of the demo (a simulated business day of 20-minute cycles against the simulator, SQLite
   * in a temporary folder, nothing real contacted); if it cannot run, the planning of the largest
   * scenario, saying why.
   */
  static Performance demoRun(
      ToIntFunction<Path> quietDemo,
      Path configDir,
      List<Scenario> scenarios,
      Configuration config) {
    int[] exit = {-1};
    Performance p;
    try {
      p =
          measure(
              "one demo run (a simulated business day of 20-minute cycles: simulator, SQLite)",
              () -> exit[0] = quietDemo.applyAsInt(configDir));
    } catch (RuntimeException e) {
      p = null;
    }
    if (p != null && exit[0] == 0) {
      return p;
    }
    Performance fallback = largestScenario(scenarios, config);
    return new Performance(
        fallback.what() + "; the demo run failed", fallback.millis(), fallback.peakHeapBytes());
  }

  /** Runs {@code work} once and reports its wall time and the peak heap during it. */
  static Performance measure(String what, Runnable work) {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long started = System.nanoTime();
    work.run();
    long millis = (System.nanoTime() - started) / 1_000_000;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Performance(what, millis, peak);
  }
}
