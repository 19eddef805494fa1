package com.naversms.app.cli;

import com.naversms.app.demo.ApprovedAlimTalk;
import com.naversms.core.booking.Store;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.input.ConfigException;
import com.naversms.simulator.SimulatorMain;
import com.naversms.simulator.Standalone;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `naver-sms simulator`: Runs the simulated Naver, SENS, Telegram and Slack endpoints on loopback,
 * prints the environment that points `run`/`daemon` at them, and answers the control API.
 */
@Command(
    name = "simulator",
    description =
        "Runs the simulated Naver, SENS, Telegram and Slack endpoints on loopback until Ctrl-C. The"
            + " first line says where it listens; then one `export NAME=VALUE` line per variable"
            + " that points `run`/`daemon` at it (fresh SQLITE_PATH included). Control requests"
            + " under /_sim/ on the same port (docs/simulator.md).",
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
      description =
          "Store ids the partner API knows (default: the stores of --config, else"
              + " 1000001,1000002,1000003).")
  List<String> stores;

  @Option(
      names = "--config",
      description =
          "A config folder: its stores.yaml gives the store ids (unless --stores is given), its"
              + " alimtalk_templates.yaml the AlimTalk templates taken as approved, and"
              + " NAVER_SMS_CONFIG_DIR is exported with its absolute path.")
  Path config;

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
          new Standalone(
              port,
              seed,
              storeIds(),
              bookingsPerStore,
              Duration.ofMillis(latencyMs),
              config == null
                  ? List.of()
                  : ApprovedAlimTalk.of(ConfigLoader.load(config).alimTalk()));
    } catch (ConfigException e) {
      e.errors().forEach(error -> System.err.println("naver-sms simulator: " + error));
      return 2;
    } catch (IllegalArgumentException e) {
      System.err.println("naver-sms simulator: " + e.getMessage());
      return 2;
    }
    Map<String, String> extra =
        config == null
            ? Map.of()
            : Map.of("NAVER_SMS_CONFIG_DIR", config.toAbsolutePath().normalize().toString());
    SimulatorMain.runUntilStopped(standalone, extra);
    return 0;
  }

  private List<String> storeIds() {
    if (stores != null) {
      return stores;
    }
    if (config == null) {
      return Standalone.DEFAULT_STORES;
    }
    return ConfigLoader.load(config).stores().all().stream().map(Store::id).toList();
  }
}
