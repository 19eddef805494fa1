package com.naversms.bench.cycle;

import com.naversms.bench.report.Median;
import com.naversms.bench.report.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Target 4 of issue 7: from process start to the first cycle finished, without a browser. The
 * simulator (8 stores × 62 bookings, 50 ms per request) runs in this process; each run spawns a
 * fresh JVM ({@link OneCycle}, with bin/naver-sms's JVM flags) and times it from spawn to exit.
 * Usage: {@code StartupBench RUNS}.
 */
public final class StartupBench {
  private StartupBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = Integer.parseInt(args[0]);
    int stores = Integer.parseInt(args[1]);
    int perStore = Integer.parseInt(args[2]);
    boolean heap = args[3].equals("heap");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    try (CycleWorld w = CycleWorld.start(stores, perStore, Duration.ofMillis(50))) {
      OneCycle.writeCookies(w.cookies(), w.dir().resolve("cookies.tsv"));
      List<Long> times = new ArrayList<>();
      List<Long> peaks = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        ProcessBuilder pb =
            new ProcessBuilder(
                    java,
                    "--enable-native-access=ALL-UNNAMED",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    heap ? "-Xmx256m" : "-Xshare:auto",
                    "-cp",
                    System.getProperty("java.class.path"),
                    OneCycle.class.getName(),
                    w.sim().baseUrl(),
                    w.dir().toString())
                .redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (rc != 0) {
          throw new IllegalStateException("child failed (" + rc + "): " + out);
        }
        times.add(ms);
        out.lines()
            .filter(l -> l.startsWith("PEAK_HEAP "))
            .forEach(l -> peaks.add(Long.parseLong(l.substring(10).strip())));
        System.err.printf(
            "start-up run %d: %d ms (%s)%n",
            i + 1, ms, out.strip().lines().reduce((a, b) -> b).orElse(""));
      }
      double median = Median.of(times);
      if (heap) {
        double mb = Median.of(peaks) / (1024.0 * 1024.0);
        System.out.println(
            new Row(
                    "peak heap of one cycle, " + stores + "×" + perStore + " (child JVM -Xmx256m)",
                    "≤ 256 MB",
                    String.format("%.0f MB", mb),
                    mb / 256.0)
                .line());
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
    }
  }
}
