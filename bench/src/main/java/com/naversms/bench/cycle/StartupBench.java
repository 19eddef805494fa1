package com.naversms.bench.cycle;

import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.bench.report.Median;
import com.naversms.bench.report.Row;
import com.naversms.simulator.sens.SensSim;
import com.naversms.simulator.slack.SlackSim;
import com.naversms.simulator.telegram.TelegramSim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Target 4 of issue 7: from process start to the first cycle finished, without a browser. The
 * simulator (stores × bookings, 50 ms per request, every message already sent so none is due) runs
 * in this process; each run copies the same seeded SQLite file (records and a live session) and
 * starts the product as {@code bin/naver-sms} does ({@link ChildProcess}) running {@link OneCycle}
 * ({@code naver-sms run} on the bench's clock). Timed from spawn to exit. The first two runs record
 * and build the start-up cache: printed as cold figures, left out of the median. Usage: {@code
 * StartupBench RUNS STORES PER_STORE startup|heap}.
 */
public final class StartupBench {
  /**
   * The heap figure's child runs capped at issue 19's target: a cycle that completes inside it
   * peaked under it (and under issue 7's 256 MB).
   */
  private static final String HEAP_CAP = System.getProperty("bench.heapCap", "-Xmx96m");

  private StartupBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = Integer.parseInt(args[0]);
    int stores = Integer.parseInt(args[1]);
    int perStore = Integer.parseInt(args[2]);
    boolean heap = args[3].equals("heap");
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), CycleWorld.NOW));
    try (CycleWorld w = CycleWorld.start(stores, perStore, Duration.ofMillis(50), clock, true)) {
      Path seeded = w.dir().resolve("state.db");
      try (Persistence p = SelfHosted.sqlite(seeded)) {
        p.session().save(w.cookies());
      } catch (Exception e) {
        throw new IllegalStateException("cannot seed the session", e);
      }
      w.state().close(); // the last connection folds the WAL into the file the runs copy
      ChildProcess child = ChildProcess.of(w.dir(), heap ? List.of(HEAP_CAP) : List.of());
      Runs r;
      try {
        r = run(w, child, env(w.sim().baseUrl(), stores), heap, runs);
      } catch (OutOfHeap e) {
        // a row, not an abort: the gate reports it MISSED with the rest of the table
        System.err.println("the capped cycle ran out of heap: " + e.getMessage());
        System.out.println(
            new Row(
                    heapRowName(stores, perStore),
                    "≤ 96 MB",
                    "ran out of " + HEAP_CAP + " (" + e.getMessage().strip() + ")",
                    Double.POSITIVE_INFINITY)
                .line());
        return;
      } finally {
        child.deleteCache();
      }
      print(heap, stores, perStore, Median.of(r.timed()), r.peaks(), r.gc());
      List<Long> cold = r.cold();
      if (!heap) {
        System.out.println(
            new Row(
                    "start-up, first two runs after a build (record, then build the AOT cache)",
                    "info",
                    cold.get(0) + " ms, " + cold.get(1) + " ms",
                    Double.NaN)
                .line());
      }
    }
  }

  /** Wall times in ms of the two cold runs and the timed ones; the heap peaks of all. */
  private record Runs(List<Long> cold, List<Long> timed, List<Long> peaks, List<String> gc) {}

  private static Runs run(
      CycleWorld w, ChildProcess child, Map<String, String> env, boolean heap, int runs)
      throws IOException, InterruptedException {
    Path seeded = w.dir().resolve("state.db");
    String config = w.dir().resolve("config").toString();
    Runs r = new Runs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    // bin/naver-sms's first run of a command records the AOT cache, its second builds it first;
    // the heap figure runs without it (the cache changes start-up time, not the cycle's heap)
    for (int i = heap ? 0 : -2; i < runs; i++) {
      Path db = w.dir().resolve("run.db");
      Files.copy(seeded, db, StandardCopyOption.REPLACE_EXISTING);
      env.put("SQLITE_PATH", db.toString());
      List<String> childArgs = new ArrayList<>(List.of(config, CycleWorld.NOW.toString()));
      if (heap) {
        childArgs.add("heap");
      }
      ProcessBuilder pb = child.command(childArgs);
      pb.environment().putAll(env);
      if (heap) {
        pb.environment().put("NAVER_SMS_JVM_CACHE", "off");
      }
      long t0 = System.nanoTime();
      Process proc = pb.start();
      String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int rc = proc.waitFor();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      String cycle = out.lines().filter(l -> l.startsWith("CYCLE ")).findFirst().orElse("");
      if (heap && out.contains("java.lang.OutOfMemoryError")) {
        throw new OutOfHeap("java.lang.OutOfMemoryError after " + ms + " ms");
      }
      if (rc != 0 || !cycle.endsWith("0 store failures, completed")) {
        throw new IllegalStateException("child failed (" + rc + "): " + out);
      }
      if (Boolean.getBoolean("startup.verbose")) {
        System.err.println(out);
      }
      out.lines()
          .filter(l -> l.startsWith("PEAK_HEAP "))
          .forEach(l -> r.peaks().add(Long.parseLong(l.substring(10).strip())));
      out.lines().filter(l -> l.startsWith("GC ")).forEach(r.gc()::add);
      String label =
          switch (i) {
            case -2 -> "cold run 1 (records the AOT cache)";
            case -1 -> "cold run 2 (builds the AOT cache, then runs)";
            default -> "run " + (i + 1);
          };
      System.err.printf("start-up %s: %d ms (%s)%n", label, ms, cycle);
      (i >= 0 ? r.timed() : r.cold()).add(ms);
    }
    return r;
  }

  /** {@code naver-sms run}'s environment, pointed at the simulator (its made-up secrets). */
  static Map<String, String> env(String base, int stores) {
    Map<String, String> env = new HashMap<>();
    env.put("STATE_BACKEND", "sqlite");
    env.put("NAVER_BASE_URL", base);
    env.put("SENS_BASE_URL", base);
    env.put("TELEGRAM_BASE_URL", base);
    env.put("SENS_DELIVERY_ENABLED", "true");
    env.put("FETCH_CONCURRENCY", String.valueOf(Math.min(stores, 16)));
    env.put("SECRETS_SOURCE", "env");
    env.put("SENS_ACCESS_KEY", SensSim.DEFAULT_ACCESS_KEY);
    env.put("SENS_SECRET_KEY", SensSim.DEFAULT_SECRET_KEY);
    env.put("SENS_SERVICE_ID", SensSim.DEFAULT_SERVICE_ID);
    env.put("TELEGRAM_BOT_TOKEN", TelegramSim.DEFAULT_BOT_TOKEN);
    env.put("TELEGRAM_CHAT_ID", TelegramSim.DEFAULT_CHAT_ID);
    env.put("SLACK_WEBHOOK_URL", base + SlackSim.DEFAULT_WEBHOOK_PATH);
    return env;
  }

  /** A child capped at {@link #HEAP_CAP} that ran out of it. */
  private static final class OutOfHeap extends RuntimeException {
    OutOfHeap(String line) {
      super(line);
    }
  }

  /** The 96 MB row of a size: issue 19 item 2 at 20 stores, item 4 (a chain) above. */
  private static String heapRowName(int stores, int perStore) {
    return stores > 20
        ? "peak heap of one warm cycle, " + stores + "×" + perStore + " (issue 19 item 4)"
        : "peak heap of one cycle, " + stores + "×" + perStore + " (issue 19 item 2)";
  }

  /** The artifact's size in MB (10^6 bytes, as the Lambda rows), NaN when it is not there. */
  private static double jarMegabytes(Path jar) {
    try {
      return Files.size(Path.of(System.getProperty("startup.jar", jar.toString()))) / 1e6;
    } catch (IOException e) {
      return Double.NaN;
    }
  }

  private static void print(
      boolean heap, int stores, int perStore, double median, List<Long> peaks, List<String> gc) {
    if (heap) {
      double mb = Median.of(peaks) / (1024.0 * 1024.0);
      String measured =
          String.format(
              "%.0f MB (heap pools' peaks; the cycle completed in %s, %s)",
              mb, HEAP_CAP, gc.isEmpty() ? "" : gc.get(0).substring(3));
      if (stores > 20) {
        // issue 19 item 4: the chain's warm cycle inside the same heap
        System.out.println(
            new Row(heapRowName(stores, perStore), "≤ 96 MB", measured, mb / 96.0).line());
        return;
      }
      System.out.println(
          new Row(
                  "peak heap of one cycle, " + stores + "×" + perStore + " (issue 7)",
                  "≤ 256 MB",
                  measured,
                  mb / 256.0)
              .line());
      System.out.println(
          new Row(heapRowName(stores, perStore), "≤ 96 MB", measured, mb / 96.0).line());
      return;
    }
    System.out.println(
        new Row(
                "start-up: process start → first cycle done, "
                    + stores
                    + "×"
                    + perStore
                    + " (no browser)",
                "≤ 2000 ms",
                String.format("%.0f ms", median),
                median / 2000.0)
            .line());
    System.out.println(
        new Row(
                "start-up: bin/naver-sms run → first cycle done, "
                    + stores
                    + "×"
                    + perStore
                    + " (issue 19 item 1c)",
                "≤ 1000 ms",
                String.format(
                    "%.0f ms (jar %.1f MB)",
                    median, jarMegabytes(Path.of("app/target/naver-sms.jar"))),
                median / 1000.0)
            .line());
  }
}
