package com.naversms.app.cli;

import com.naversms.simulator.SimulatorMain;
import com.naversms.simulator.Standalone;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `naver-sms simulator`: Runs the simulated Naver, SENS, Telegram and Slack endpoints on loopback.
 */
@Command(
    name = "simulator",
    description =
        "Runs the simulated Naver, SENS, Telegram and Slack endpoints on loopback and prints every"
            + " URL and credential to use, until Ctrl-C.",
    mixinStandardHelpOptions = true)
final class SimulatorCommand implements Callable<Integer> {
  @Option(names = "--port", description = "Port to listen on (default: a free one).")
  int port;

  @Option(
      names = "--seed",
      description = "Seed of the generated bookings (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(
      names = "--stores",
      split = ",",
      description = "Store ids the partner API knows (default: 1000001,1000002,1000003).")
  List<String> stores = Standalone.DEFAULT_STORES;

  @Option(
      names = "--bookings-per-store",
      description = "Generated bookings per store, today (default: ${DEFAULT-VALUE}).")
  int bookingsPerStore = 20;

  @Option(names = "--latency-ms", description = "Delay added to every request (default: 0).")
  long latencyMs;

  @Override
  public Integer call() throws InterruptedException {
    Standalone standalone;
    try {
      standalone =
          new Standalone(port, seed, stores, bookingsPerStore, Duration.ofMillis(latencyMs));
    } catch (IllegalArgumentException e) {
      System.err.println("naver-sms simulator: " + e.getMessage());
      return 2;
    }
    SimulatorMain.runUntilStopped(standalone);
    return 0;
  }
}
