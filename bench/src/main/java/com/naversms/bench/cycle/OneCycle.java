package com.naversms.bench.cycle;

import com.naversms.adapters.naver.PartnerApiSettings;
import com.naversms.adapters.sqlite.SqliteStateStore;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.session.SessionCookies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A child process for target 4 (start-up): one warm cycle against a running simulator from a
 * world's files, then exit. Usage: {@code OneCycle BASE_URL WORLD_DIR}.
 */
public final class OneCycle {
  private OneCycle() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[1]);
    try (SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.db"))) {
      WarmCycle.Inputs in =
          new WarmCycle.Inputs(
              args[0],
              ConfigLoader.load(dir.resolve("config")),
              state,
              readCookies(dir.resolve("cookies.tsv")),
              CycleWorld.NOW);
      WarmCycle.Timing t =
          WarmCycle.run(
              in, PartnerApiSettings.defaults().withConcurrency(in.config().stores().all().size()));
      System.out.println("cycle " + t.totalMs() + " ms, " + t.bookings() + " bookings");
      System.out.println("PEAK_HEAP " + peakHeapBytes());
    }
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

  static void writeCookies(SessionCookies cookies, Path file) {
    StringBuilder out = new StringBuilder();
    for (SessionCookies.Cookie c : cookies.cookies()) {
      out.append(String.join("\t", c.name(), c.value(), c.domain(), c.path())).append('\n');
    }
    try {
      Files.writeString(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SessionCookies readCookies(Path file) {
    try {
      List<SessionCookies.Cookie> cookies =
          Files.readAllLines(file).stream()
              .filter(l -> !l.isBlank())
              .map(l -> l.split("\t", -1))
              .map(f -> new SessionCookies.Cookie(f[0], f[1], f[2], f[3], null, true, true, null))
              .toList();
      return new SessionCookies(cookies);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
