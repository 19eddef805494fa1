package com.naversms.app.demo;

import com.naversms.adapters.observability.EmfMetrics;
import com.naversms.adapters.observability.JsonEventLog;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.cost.CostComparison;
import com.naversms.core.cycle.Cycle;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.cycle.OperatorChat;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.rules.Configuration;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorOptions;
import com.naversms.simulator.naver.Scenario;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * {@code naver-sms demo}: the whole job on embedded defaults. The simulator serves generated
 * bookings for the shipped stores; SQLite lives in a temporary folder; a clock walks one business
 * day from 09:00 to 22:00 KST in 20-minute steps and a cycle runs at each step. AlimTalk is on
 * ({@code ALIMTALK_ENABLED}): the config's variants are approved in the simulated Kakao and some
 * customers have no KakaoTalk ({@link KakaoWorld}); the summary prices the day by channel.
 */
public final class Demo {
  static final long SEED = 20261127L;
  static final int BOOKINGS_PER_STORE = 6;
  static final Duration STEP = Duration.ofMinutes(20);
  static final String STATE_FILE = "naver-sms.db";

  /** The {@code Environment} dimension of the demo's metrics. */
  public static final String ENVIRONMENT = "demo";

  private final Path configDir;
  private final boolean comparison;
  private final PrintStream out;

  public Demo(Path configDir, boolean comparison, PrintStream out) {
    this.configDir = configDir;
    this.comparison = comparison;
    this.out = out;
  }

  /**
   * What runs once the day has ended, on the day's state, before anything is closed ({@code demo
   * --console} serves the console there until it is stopped).
   */
  @FunctionalInterface
  public interface AfterDay {
    AfterDay NOTHING = (wiring, configDir, clock) -> {};

    void run(Wiring wiring, Path configDir, Clock clock) throws Exception;
  }

  public int run() {
    return run(AfterDay.NOTHING);
  }

  /** The day, then {@code after} on its state (the simulator and the state store still open). */
  public int run(AfterDay after) {
    return day(after).exitCode();
  }

  /** The day without an after-step: its exit code and its cost (the benchmark's cost row). */
  public DemoDay day() {
    return day(AfterDay.NOTHING);
  }

  /**
   * The day, then {@code after} on its state: its exit code and its messages' cost as billed beside
   * the same as SMS/LMS only.
   */
  public DemoDay day(AfterDay after) {
    Configuration config = ConfigLoader.load(configDir);
    LocalDate day = LocalDate.now(Booking.SEOUL);
    Instant start = ZonedDateTime.of(day, LocalTime.of(9, 0), Booking.SEOUL).toInstant();
    Instant end = ZonedDateTime.of(day, LocalTime.of(22, 0), Booking.SEOUL).toInstant();
    SteppingClock clock = new SteppingClock(start, Booking.SEOUL);
    Path dir = tempDir();
    Path logFile = dir.resolve("cycle-log.jsonl");
    List<String> storeIds = config.stores().all().stream().map(Store::id).toList();
    try (Simulator sim = Simulator.start(SimulatorOptions.defaults().clock(clock));
        Persistence persistence = SelfHosted.sqlite(dir.resolve(STATE_FILE));
        PrintStream logs =
            new PrintStream(Files.newOutputStream(logFile), true, StandardCharsets.UTF_8)) {
      sim.naver().scenario(Scenario.generated(SEED, storeIds, BOOKINGS_PER_STORE, day));
      List<String> withoutKakaoTalk = KakaoWorld.prepare(sim, config.alimTalk());
      JsonEventLog log = new JsonEventLog(logs, clock, LogEvent.Level.INFO);
      // a deployment's operator chat: summaries when something happened, the digest at 21:00
      CycleSettings settings =
          CycleSettings.defaults()
              .withComparisonMode(comparison)
              .withChat(OperatorChat.production());
      Wiring wiring =
          SimulatedWorld.wiring(
              sim,
              configDir,
              persistence,
              settings,
              clock,
              log,
              EmfMetrics.forEnvironment(logs, clock, ENVIRONMENT),
              Map.of("ALIMTALK_ENABLED", "true"));
      Cycle cycle = wiring.cycle();
      Timeline timeline = new Timeline(config, persistence.state(), persistence.ledger(), out);
      timeline.header(
          day, storeIds.size(), sim.naver().storeIds().size(), comparison, dir, withoutKakaoTalk);
      int n = 0;
      while (!clock.instant().isAfter(end)) {
        log.requestId("demo-" + (++n));
        CycleResult result = cycle.run("demo-" + n);
        timeline.cycle(clock.instant(), result);
        clock.advance(STEP);
      }
      CostComparison costs =
          CostComparison.ofLedger(persistence.ledger().find(LedgerQuery.all()), config.costs());
      timeline.summary(
          sim.sens().accepted().size(),
          sim.alimTalk().accepted().size(),
          sim.telegram().messages().size(),
          sim.slack().messages().size(),
          costs,
          logFile,
          dir.resolve(STATE_FILE));
      after.run(wiring, configDir, clock);
      wiring.close(); // its HTTP clients; an open one delays the JVM's exit
      return new DemoDay(timeline.failedCycles() == 0 ? 0 : 1, costs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("naver-sms-demo-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the demo's temporary folder", e);
    }
  }
}
