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
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    try (CycleWorld w = CycleWorld.start(8, 62, Duration.ofMillis(50))) {
      OneCycle.writeCookies(w.cookies(), w.dir().resolve("cookies.tsv"));
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        ProcessBuilder pb =
            new ProcessBuilder(
                    java,
                    "--enable-native-access=ALL-UNNAMED",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
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
        System.err.printf(
            "start-up run %d: %d ms (%s)%n",
            i + 1, ms, out.strip().lines().reduce((a, b) -> b).orElse(""));
      }
      double median = Median.of(times);
      System.out.println(
          new Row(
                  "start-up: process start → first cycle done (no browser)",
                  "≤ 2000 ms",
                  String.format("%.0f ms", median),
                  median / 2000.0)
              .line());
    }
  }
}
