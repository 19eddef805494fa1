package com.naversms.bench.cycle;

import com.naversms.adapters.naver.BookingJson;
import com.naversms.adapters.sqlite.SqliteStateStore;
import com.naversms.app.demo.SimulatedWorld;
import com.naversms.bench.BenchData;
import com.naversms.core.booking.Booking;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.rules.Configuration;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StoredRecord;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorOptions;
import com.naversms.simulator.naver.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What a warm cycle runs against: the simulator with latency per request holding {@code stores} ×
 * {@code perStore} made-up bookings (a fifth completed, RC08), a SQLite state with a record for
 * every booking (the completed ones still waiting for their option message, so each store has an
 * RC08 window), the shipped rules over a generated stores.yaml, and valid session cookies.
 */
record CycleWorld(
    Simulator sim,
    Configuration config,
    SqliteStateStore state,
    SessionCookies cookies,
    Instant now,
    int bookings,
    Path dir)
    implements AutoCloseable {

  /** 12:10 in Seoul on the bench day: some reminders are due. */
  static final Instant NOW = Instant.parse("2026-11-27T03:10:00Z");

  static CycleWorld start(int stores, int perStore, Duration latency) {
    return start(stores, perStore, latency, Clock.systemUTC(), false);
  }

  /**
   * As above with the simulator on {@code clock}; {@code remindersSent}: every reminder already
   * sent too, so a cycle at {@link #NOW} has no SMS due (the start-up benchmark).
   */
  static CycleWorld start(
      int stores, int perStore, Duration latency, Clock clock, boolean remindersSent) {
    try {
      Path dir = Files.createTempDirectory("bench-cycle");
      Configuration config = ConfigLoader.load(configDir(dir.resolve("config"), stores));
      Simulator sim = Simulator.start(SimulatorOptions.defaults().latency(latency).clock(clock));
      Scenario scenario =
          Scenario.generated(42, BenchData.storeIds(stores), perStore, BenchData.DAY);
      sim.naver().scenario(scenario);
      List<Booking> bookings = BookingJson.read(scenario.toJson(), "bench").bookings();
      SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.db"));
      long t0 = System.nanoTime();
      for (Booking b : bookings) {
        state.create(record(b, remindersSent));
      }
      System.err.printf(
          "world: %d bookings, %d records seeded in %d ms%n",
          bookings.size(), bookings.size(), (System.nanoTime() - t0) / 1_000_000);
      SessionCookies cookies = SimulatedWorld.issueSession(sim);
      return new CycleWorld(sim, config, state, cookies, NOW, bookings.size(), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sent before: confirmed; completed ones still wait for their option message. */
  private static StoredRecord record(Booking b, boolean remindersSent) {
    boolean completed = "RC08".equals(b.statusCode());
    return new StoredRecord(
        RecordKeys.forNewItem(b),
        b.name() == null ? "" : b.name(),
        b.startLocal().truncatedTo(ChronoUnit.SECONDS),
        true,
        completed || remindersSent,
        false,
        "",
        Map.of("biz_id", b.storeId()));
  }

  /** The shipped config with {@code stores} stores, all using the first store's guide. */
  static Path configDir(Path dir, int stores) throws IOException {
    Files.createDirectories(dir);
    Path shipped = Path.of(System.getProperty("bench.config", "config"));
    for (String f :
        List.of(
            "rules.yaml",
            "sms_templates.yaml",
            "telegram_templates.yaml",
            "slack_templates.yaml")) {
      if (Files.exists(shipped.resolve(f))) {
        Files.copy(shipped.resolve(f), dir.resolve(f));
      }
    }
    StringBuilder yaml = new StringBuilder("default:\n  fromNumber: \"01000000001\"\nstores:\n");
    for (String id : BenchData.storeIds(stores)) {
      yaml.append(
          """
            "%s":
              name: "예시스튜디오 %s점"
              alias: "%s점"
              templates:
                guide: "1000001"
          """
              .formatted(id, id, id));
    }
    Files.writeString(dir.resolve("stores.yaml"), yaml);
    return dir;
  }

  @Override
  public void close() {
    state.close();
    sim.close();
  }
}
