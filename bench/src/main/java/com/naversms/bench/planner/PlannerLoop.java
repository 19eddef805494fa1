package com.naversms.bench.planner;

import com.naversms.bench.BenchData;
import com.naversms.core.booking.Booking;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import java.nio.file.Path;
import java.time.Instant;
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
    for (int round = 1; round <= rounds; round++) {
      long started = System.nanoTime();
      int actions = Planner.planWithoutSkips(bookings, Map.of(), now, config).actions().size();
      if (round % 10 == 0 || round == rounds) {
        System.out.printf(
            "round %d: %d ms, %d actions%n",
            round, (System.nanoTime() - started) / 1_000_000, actions);
      }
    }
  }
}
