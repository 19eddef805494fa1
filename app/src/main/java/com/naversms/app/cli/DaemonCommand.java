package com.naversms.app.cli;

import com.naversms.adapters.observability.JsonEventLog;
import com.naversms.app.daemon.Daemon;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `naver-sms daemon`: Cycles at :00, :20 and :40 on the wall clock until stopped. SIGTERM (or
 * Ctrl-C) lets a running cycle finish, then exits 0. JSON logs on stdout, daemon notices on stderr.
 */
@Command(
    name = "daemon",
    description = "Cycles at :00, :20 and :40 on the wall clock until stopped.",
    mixinStandardHelpOptions = true)
final class DaemonCommand implements Callable<Integer> {
  static final Duration GRACE = Duration.ofMinutes(5);

  @Option(
      names = "--config",
      description = "Config folder (default: $NAVER_SMS_CONFIG_DIR, else ./config)")
  Path config;

  @Option(
      names = "--init-state",
      description = "Create the SQLite state file when it does not exist (first start only).")
  boolean initState;

  @Override
  public Integer call() throws Exception {
    try (CycleStart start =
        CycleStart.open(config, initState, System.getenv(), c -> c, System.out, System.err)) {
      Daemon daemon =
          Daemon.onWallClock(
              () -> start.run(JsonEventLog.newRequestId()), Clock.systemUTC(), System.err);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> daemon.stop(GRACE), "naver-sms-shutdown"));
      daemon.start();
      daemon.awaitStop();
      return 0;
    }
  }
}
