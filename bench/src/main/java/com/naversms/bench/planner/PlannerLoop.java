package com.naversms.bench.planner;

import com.naversms.bench.BenchData;
import com.naversms.bench.report.Median;
import com.naversms.core.booking.Booking;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The planner's benchmark input planned in a plain loop, to profile (JFR) rather than to measure:
 * {@code PlannerLoop ROUNDS [BOOKINGS [RULES]]} (docs/performance.md, "How to profile").
 */
public final class PlannerLoop {
  private PlannerLoop() {}

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    int bookingCount = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int ruleCount = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    List<Booking> bookings = BenchData.bookings(bookingCount, 3);
    Configuration config = BenchData.configWithRules(Path.of("config"), ruleCount);
    Instant now = Instant.parse("2026-11-27T03:10:00Z");
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Long> wall = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      long started = System.nanoTime();
      long cpuStarted = os.getProcessCpuTime();
      int deliveries =
          Planner.planWithoutSkips(bookings, Map.of(), now, config).deliveries().size();
      wall.add(System.nanoTime() - started);
      cpu.add(os.getProcessCpuTime() - cpuStarted);
      if (round % 10 == 0 || round == rounds) {
        System.out.printf(
            "round %d: %d ms, %d ms CPU (the process's), %d deliveries%n",
            round, wall.getLast() / 1_000_000, cpu.getLast() / 1_000_000, deliveries);
      }
    }
    // the second half: after the JIT's warm-up
    System.out.printf(
        "median of rounds %d-%d: %.1f ms, %.1f ms CPU%n",
        rounds / 2 + 1,
        rounds,
        Median.of(wall.subList(rounds / 2, rounds)) / 1e6,
        Median.of(cpu.subList(rounds / 2, rounds)) / 1e6);
  }
}
