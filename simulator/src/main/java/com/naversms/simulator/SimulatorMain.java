package com.naversms.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -cp simulator.jar com.naversms.simulator.SimulatorMain [--port N] [--seed S]
 * [--stores A,B] [--bookings-per-store N] [--latency-ms N]}: runs until Ctrl-C.
 */
public final class SimulatorMain {
  private SimulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    Standalone standalone;
    try {
      standalone = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("simulator: " + e.getMessage());
      System.exit(2);
      return;
    }
    runUntilStopped(standalone);
  }

  /** Starts, prints the banner, then blocks until the JVM is asked to stop. */
  public static void runUntilStopped(Standalone standalone) throws InterruptedException {
    runUntilStopped(standalone, Map.of());
  }

  /**
   * As above; {@code extraEnv} is printed after the simulator's own variables (the app adds the
   * config folder). SQLITE_PATH names a file in a new temporary folder, so the first {@code run}
   * starts on fresh state.
   */
  public static void runUntilStopped(Standalone standalone, Map<String, String> extraEnv)
      throws InterruptedException {
    Path state;
    try {
      state = Files.createTempDirectory("naver-sms-sim-").resolve("naver-sms.db");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for SQLITE_PATH", e);
    }
    Simulator sim = standalone.start(Clock.systemUTC());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> {
              sim.close();
              stopped.countDown();
            }));
    System.out.println(standalone.banner(sim, SimulatorEnv.of(sim, state, extraEnv)));
    System.out.flush();
    stopped.await();
  }

  static Standalone parse(String[] args) {
    int port = 0;
    long seed = 42;
    List<String> stores = Standalone.DEFAULT_STORES;
    int perStore = 20;
    long latencyMs = 0;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = args[++i];
      try {
        switch (flag) {
          case "--port" -> port = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--stores" ->
              stores =
                  Arrays.stream(value.split(","))
                      .map(String::trim)
                      .filter(s -> !s.isEmpty())
                      .toList();
          case "--bookings-per-store" -> perStore = Integer.parseInt(value);
          case "--latency-ms" -> latencyMs = Long.parseLong(value);
          default -> throw new IllegalArgumentException("unknown option " + flag);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(flag + " expects a number, got " + value, e);
      }
    }
    return new Standalone(port, seed, stores, perStore, Duration.ofMillis(latencyMs));
  }
}
