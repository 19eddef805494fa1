package com.naversms.bench.cycle;

import com.naversms.adapters.observability.JsonEventLog;
import com.naversms.app.settings.AppSettings;
import com.naversms.app.settings.Environment;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.cycle.CycleResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The child process of {@link StartupBench}: what {@code naver-sms run} does (settings from the
 * environment, the production {@link Wiring}, one {@code Cycle.run}, the wiring closed), with the
 * clock moved to the bench's instant. It runs from the shaded jar plus a jar holding this class
 * alone, started as {@code bin/naver-sms} starts the product ({@link ChildProcess}). Usage: {@code
 * OneCycle CONFIG_DIR NOW [heap]}; the environment points the product at the simulator.
 */
public final class OneCycle {
  private OneCycle() {}

  public static void main(String[] args) throws Exception {
    Instant now = Instant.parse(args[1]);
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), now));
    AppSettings settings =
        AppSettings.fromEnvironment(Environment.process()).withConfigDir(Path.of(args[0]));
    Wiring wiring = SelfHosted.wiring(settings, System.err, clock);
    CycleResult r;
    try (wiring;
        Persistence persistence = wiring.persistence()) {
      r = wiring.cycle().run(JsonEventLog.newRequestId());
    }
    System.out.println(
        "CYCLE "
            + r.bookingsFetched()
            + " bookings, "
            + r.report().sent()
            + " sent, "
            + r.storeFailures().size()
            + " store failures, "
            + r.failure().orElse("completed"));
    if (args.length > 2 && args[2].equals("heap")) {
      System.out.println("PEAK_HEAP " + peakHeapBytes());
      long count = 0;
      long ms = 0;
      for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        count += gc.getCollectionCount();
        ms += gc.getCollectionTime();
      }
      System.out.println("GC " + count + " collections, " + ms + " ms");
    }
    System.exit(r.exitCode());
  }

  /** Sum of the peak usage of the heap pools (an upper bound: pools peak at different times). */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
