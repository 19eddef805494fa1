package com.naversms.bench.cycle;

import com.naversms.app.demo.SimulatedWorld;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.bench.BenchData;
import com.naversms.bench.report.Row;
import com.naversms.core.booking.Booking;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorOptions;
import com.naversms.simulator.naver.Scenario;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Issue 19 item 2: the resident set of an idle {@code naver-sms daemon} between cycles, with the
 * launcher's default JVM options ({@code bin/lib/naver-sms.jvmopts}). A real {@code bin/naver-sms
 * daemon --first-cycle-now --every-seconds 5} child against the simulator (stores × bookings of
 * today, 50 ms per request, a stored session, no records: its first cycle sends the backlog), its
 * {@code VmRSS} read from {@code /proc/PID/status} two seconds after each of its first {@code
 * CYCLES} cycles ended (the daemon printed its next slot); the row is the largest. Usage: {@code
 * DaemonRssBench STORES PER_STORE CYCLES}.
 */
public final class DaemonRssBench {
  private static final String NEXT = "naver-sms daemon: next cycle at";

  private DaemonRssBench() {}

  public static void main(String[] args) throws Exception {
    int stores = Integer.parseInt(args[0]);
    int perStore = Integer.parseInt(args[1]);
    int cycles = Integer.parseInt(args[2]);
    Path dir = Files.createTempDirectory("bench-daemon");
    Path config = CycleWorld.configDir(dir.resolve("config"), stores);
    Path db = dir.resolve("state.db");
    try (Simulator sim =
        Simulator.start(SimulatorOptions.defaults().latency(Duration.ofMillis(50)))) {
      sim.naver()
          .scenario(
              Scenario.generated(
                  42, BenchData.storeIds(stores), perStore, LocalDate.now(Booking.SEOUL)));
      try (Persistence p = SelfHosted.sqlite(db)) {
        SimulatedWorld.seedSession(sim, p);
      }
      Process daemon = start(sim, config, db, stores);
      long maxKb = 0;
      StringBuilder seen = new StringBuilder();
      try {
        BlockingQueue<String> lines = lines(daemon);
        long pid = daemon.pid();
        for (int c = 1; c <= cycles; c++) {
          awaitNextSlot(lines, c == 1 ? 2 : 1, daemon);
          Thread.sleep(2000);
          long kb = residentKb(pid);
          maxKb = Math.max(maxKb, kb);
          seen.append(c == 1 ? "" : ", ").append(kb / 1024).append(" MB");
          System.err.printf("daemon idle after cycle %d: VmRSS %d kB%n", c, kb);
        }
      } finally {
        daemon.destroy(); // SIGTERM: the daemon stops between cycles
        if (!daemon.waitFor(20, TimeUnit.SECONDS)) {
          daemon.destroyForcibly();
        }
      }
      double mb = maxKb / 1024.0;
      System.out.println(
          new Row(
                  "idle daemon RSS between cycles, "
                      + stores
                      + "×"
                      + perStore
                      + " (bin/naver-sms daemon, launcher's JVM options; after cycles 1.."
                      + cycles
                      + ")",
                  "≤ 160 MB",
                  String.format("%.0f MB (%s)", mb, seen),
                  mb / 160.0)
              .line());
    }
  }

  /** {@code bin/naver-sms daemon} as a user starts it, pointed at the simulator. */
  private static Process start(Simulator sim, Path config, Path db, int stores) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
                "bin/naver-sms",
                "daemon",
                "--config",
                config.toString(),
                "--first-cycle-now",
                "--every-seconds",
                "5")
            .redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.putAll(StartupBench.env(sim.baseUrl(), stores));
    env.put("SQLITE_PATH", db.toString());
    return pb.start();
  }

  /** The child's merged output, line by line, read on a thread of its own. */
  private static BlockingQueue<String> lines(Process p) {
    BlockingQueue<String> q = new LinkedBlockingQueue<>();
    Thread.ofPlatform()
        .daemon()
        .start(() -> {
          try (BufferedReader r =
              new BufferedReader(
                  new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
              q.add(l);
            }
          } catch (IOException e) {
            q.add("READ FAILED " + e);
          }
        });
    return q;
  }

  /** Waits for {@code count} more "next cycle at" lines (the first comes before any cycle). */
  private static void awaitNextSlot(BlockingQueue<String> lines, int count, Process daemon)
      throws InterruptedException {
    int found = 0;
    List<String> tail = new ArrayList<>();
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (found < count) {
      String l = lines.poll(1, TimeUnit.SECONDS);
      if (l == null) {
        if (!daemon.isAlive() || System.nanoTime() > end) {
          throw new IllegalStateException("the daemon printed no next slot: " + tail);
        }
        continue;
      }
      tail.add(l);
      if (tail.size() > 20) {
        tail.remove(0);
      }
      if (l.contains("cycle crashed")) {
        throw new IllegalStateException("the daemon's cycle crashed: " + l);
      }
      if (l.startsWith(NEXT)) {
        found++;
      }
    }
  }

  /** {@code VmRSS} of {@code /proc/PID/status}, in kB. */
  static long residentKb(long pid) throws IOException {
    for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (l.startsWith("VmRSS:")) {
        return Long.parseLong(l.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS in /proc/" + pid + "/status");
  }
}
