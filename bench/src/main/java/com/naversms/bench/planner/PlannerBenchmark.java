package com.naversms.bench.planner;

import com.naversms.bench.BenchData;
import com.naversms.core.booking.Booking;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 3 of issue 7: 10,000 bookings × 50 rules planned in at most 100 ms on one core; measured
 * at three sizes of bookings × rules to show the cost grows linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 10, time = 1)
@Threads(1)
public class PlannerBenchmark {
  /** bookings x rules. */
  @Param({"2500x50", "5000x50", "10000x50", "10000x25", "10000x100"})
  public String size;

  private List<Booking> bookings;
  private Configuration config;
  private final Instant now = Instant.parse("2026-11-27T03:10:00Z");

  @Setup
  public void setUp() {
    String[] parts = size.split("x");
    bookings = BenchData.bookings(Integer.parseInt(parts[0]), 3);
    config =
        BenchData.configWithRules(
            Path.of(System.getProperty("bench.config", "config")), Integer.parseInt(parts[1]));
  }

  /** What the cycle runs: the actions and problems, no skip list. */
  @Benchmark
  public Plan plan() {
    return Planner.planWithoutSkips(bookings, Map.of(), now, config);
  }
}
