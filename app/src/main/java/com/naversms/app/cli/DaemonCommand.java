package com.naversms.app.cli;

import com.naversms.adapters.observability.JsonEventLog;
import com.naversms.app.console.ConfigWrites;
import com.naversms.app.console.ConsoleAccess;
import com.naversms.app.daemon.Daemon;
import com.naversms.app.daemon.Slots;
import com.naversms.app.daemon.TerminationSignals;
import com.naversms.app.settings.AppSettings;
import com.naversms.app.settings.Environment;
import com.naversms.core.delivery.StopSignal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `naver-sms daemon`: Cycles at :00, :20 and :40 on the wall clock until stopped. SIGTERM (or
 * Ctrl-C) starts no new cycle and lets a running one finish its bookings in progress within the
 * grace period, then exits 0. JSON logs on stdout, daemon notices on stderr.
 */
@Command(
    name = "daemon",
    description = "Cycles at :00, :20 and :40 on the wall clock until stopped.",
    mixinStandardHelpOptions = true)
final class DaemonCommand implements Callable<Integer> {
  @Option(
      names = "--config",
      description = "Config folder (default: $NAVER_SMS_CONFIG_DIR, else ./config)")
  Path config;

  @Option(
      names = "--init-state",
      description = "Create the SQLite state file when it does not exist (first start only).")
  boolean initState;

  @Option(
      names = "--first-cycle-now",
      description = "Run the first cycle at once instead of at the next slot.")
  boolean firstCycleNow;

  @Option(
      names = "--every-seconds",
      paramLabel = "N",
      description =
          "Cycle every N seconds after the previous cycle instead of at :00, :20, :40"
              + " (rehearsals, tests).")
  Integer everySeconds;

  @Option(
      names = "--stop-grace-seconds",
      paramLabel = "N",
      defaultValue = "8",
      description =
          "On SIGTERM/SIGINT, how long a running cycle may take to finish (default: 8, under"
              + " the 10 s systemd and Docker give before SIGKILL).")
  int stopGraceSeconds;

  @Option(
      names = "--console",
      description = "Also serve the owner's web console beside the cycles (docs/console.md).")
  boolean console;

  @Option(
      names = "--console-port",
      defaultValue = "8080",
      paramLabel = "N",
      description = "With --console: its port (default: ${DEFAULT-VALUE})")
  int consolePort;

  @Option(
      names = "--console-bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDR",
      description =
          "With --console: its address (default: ${DEFAULT-VALUE}); a non-loopback one needs the"
              + " console password")
  String consoleBind;

  @Override
  public Integer call() throws Exception {
    if (stopGraceSeconds < 1 || stopGraceSeconds > 600) {
      throw new IllegalArgumentException("--stop-grace-seconds must be 1..600");
    }
    if (everySeconds != null && everySeconds < 1) {
      throw new IllegalArgumentException("--every-seconds must be at least 1");
    }
    Duration grace = Duration.ofSeconds(stopGraceSeconds);
    Optional<ConsoleAccess> access =
        console
            ? Optional.of(
                ConsoleCommand.access(
                    consoleBind,
                    consolePort,
                    Environment.process(),
                    AppSettings.fromEnvironment(Environment.process())))
            : Optional.empty();
    try (CycleStart start =
            CycleStart.open(
                config, initState, Environment.process(), c -> c, System.out, System.err);
        ConsoleCommand.Served served =
            access.isPresent()
                ? ConsoleCommand.serve(
                    start.settings(),
                    access.get(),
                    ConfigWrites.beside(
                        ConsoleCommand.readOnlySwitch(Optional.empty(), Environment.process())),
                    System.out)
                : null) {
      if (served != null) {
        System.err.println("naver-sms daemon: console at " + served.server().url());
      }
      StopSignal stop = new StopSignal();
      Daemon daemon =
          new Daemon(
              () -> {
                String requestId = JsonEventLog.newRequestId();
                start.followConfig(requestId);
                start.run(requestId, stop);
              },
              Clock.systemUTC(),
              slots(),
              System.err,
              stop);
      TerminationSignals.handle(
          () -> daemon.requestStop(grace), () -> daemon.stop(grace), System.err);
      daemon.start();
      return daemon.awaitStop(grace) ? 0 : 1;
    }
  }

  private UnaryOperator<Instant> slots() {
    UnaryOperator<Instant> slots =
        everySeconds == null ? Slots::after : Slots.every(Duration.ofSeconds(everySeconds));
    return firstCycleNow ? Slots.firstAtOnce(slots) : slots;
  }
}
