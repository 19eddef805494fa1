package com.naversms.bench.cycle;

import com.naversms.app.demo.SimulatedWorld;
import com.naversms.app.demo.SimulatorSecrets;
import com.naversms.app.demo.SteppingClock;
import com.naversms.app.settings.AppSettings;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.app.wiring.Wiring;
import com.naversms.bench.BenchData;
import com.naversms.bench.report.Row;
import com.naversms.core.booking.Booking;
import com.naversms.core.cycle.Cycle;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.session.BrowserLogin;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorOptions;
import com.naversms.simulator.naver.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Target 5 of issue 7: browser logins only when the session is gone. The demo's wiring (the
 * production {@link Wiring} pointed at the simulator) walks one business day, 09:00 to 22:00 KST
 * every 20 minutes, starting with no saved session; the browser is a counter that signs in to the
 * simulator. Usage: {@code DayBench CONFIG_DIR}.
 */
public final class DayBench {
  private DayBench() {}

  public static void main(String[] args) throws IOException {
    Path configDir = Path.of(args[0]);
    Instant start = ZonedDateTime.of(BenchData.DAY, LocalTime.of(9, 0), Booking.SEOUL).toInstant();
    Instant end = ZonedDateTime.of(BenchData.DAY, LocalTime.of(22, 0), Booking.SEOUL).toInstant();
    SteppingClock clock = new SteppingClock(start, Booking.SEOUL);
    Path dir = Files.createTempDirectory("bench-day");
    AtomicInteger logins = new AtomicInteger();
    int cycles = 0;
    int failed = 0;
    try (Simulator sim = Simulator.start(SimulatorOptions.defaults().clock(clock));
        Persistence persistence = SelfHosted.sqlite(dir.resolve("state.db"))) {
      sim.naver().scenario(Scenario.generated(7, BenchData.storeIds(3), 20, BenchData.DAY));
      BrowserLogin browser =
          (user, password) -> {
            logins.incrementAndGet();
            return new BrowserLogin.LoginResult.LoggedIn(SimulatedWorld.issueSession(sim));
          };
      Map<String, String> env = new HashMap<>();
      env.put("SENS_DELIVERY_ENABLED", "true");
      env.put("STATE_BACKEND", "sqlite");
      AppSettings settings =
          AppSettings.fromEnvironment(env)
              .withConfigDir(configDir)
              .withCycle(CycleSettings.defaults())
              .pointedAt(sim.baseUrl());
      Cycle cycle =
          new Wiring(
                  settings,
                  clock,
                  event -> {},
                  new NoMetrics(),
                  persistence,
                  new SimulatorSecrets(sim),
                  browser)
              .cycle();
      while (!clock.instant().isAfter(end)) {
        CycleResult result = cycle.run("bench-day-" + (++cycles));
        if (result.failure().isPresent()) {
          failed++;
          System.err.println("cycle " + cycles + " failed: " + result.failure().get());
        }
        clock.advance(Duration.ofMinutes(20));
      }
      System.err.printf(
          "day: %d cycles (%d failed), %d browser logins, %d SMS accepted%n",
          cycles, failed, logins.get(), sim.sens().accepted().size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    System.out.println(
        new Row(
                "browser logins in a demo day (" + cycles + " cycles, no session at 09:00)",
                "≤ 1",
                logins.get() + (failed > 0 ? " (" + failed + " cycles failed)" : ""),
                failed > 0 ? Double.POSITIVE_INFINITY : logins.get())
            .line());
  }
}
