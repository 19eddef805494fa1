package com.naversms.bench.planner;

import com.naversms.bench.BenchData;
import com.naversms.core.booking.Booking;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

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
@Measurement(iterations = 6, time = 1)
@Threads(1)
public class PlannerBenchmark {
  /** bookings x rules. */
  @Param({"2500x50", "5000x50", "10000x50", "10000x25", "10000x100"})
  public String size;

  private List<Booking> bookings;
  private Configuration config;
  private final Instant now = Instant.parse("2026-11-27T03:10:00Z");

  /**
   * Process CPU time per plan of each measured iteration goes to this file (PlannerRun reads it).
   */
  static final String CPU_FILE = "bench.planner.cpu";

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long plans;
  private long cpuAtStart;

  @Setup(Level.Iteration)
  public void startIteration() {
    plans = 0;
    cpuAtStart = OS.getProcessCpuTime();
  }

  /**
   * The process's CPU time (every thread: the plan's, the collector's, the compiler's) per plan:
   * what one core spends, whatever the neighbours of a shared machine take (docs/performance.md).
   */
  @TearDown(Level.Iteration)
  public void endIteration(IterationParams params) throws IOException {
    String file = System.getProperty(CPU_FILE);
    if (file == null || params.getType() != IterationType.MEASUREMENT || plans == 0) {
      return;
    }
    double ms = (OS.getProcessCpuTime() - cpuAtStart) / 1e6 / plans;
    Files.writeString(
        Path.of(file),
        size + " " + ms + "\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

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
    plans++;
    return Planner.planWithoutSkips(bookings, Map.of(), now, config);
  }
}
