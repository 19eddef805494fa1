package com.naversms.app.cli;

import com.naversms.app.console.ConfigWrites;
import com.naversms.app.console.Console;
import com.naversms.app.console.ConsoleAccess;
import com.naversms.app.console.ConsoleServer;
import com.naversms.app.daemon.TerminationSignals;
import com.naversms.app.demo.Demo;
import com.naversms.app.settings.Environment;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `naver-sms demo`: The whole job on embedded defaults: simulator, SQLite, a clock walking a
 * business day. {@code COMPARISON_MODE=true} runs the comparison cycle instead (nothing sent).
 * {@code --console} then serves the owner's console on the day's state until SIGTERM/SIGINT.
 */
@Command(
    name = "demo",
    description =
        "The whole job on embedded defaults: simulator, SQLite, a clock walking a business day.",
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--config", description = "Config folder (default: ./config, else the repo's)")
  Path config;

  @Option(
      names = "--console",
      description =
          "When the day ends, serve the owner's web console on its state (docs/console.md) until"
              + " Ctrl-C")
  boolean console;

  @Option(
      names = "--console-port",
      defaultValue = "8080",
      paramLabel = "N",
      description =
          "With --console: its port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free)")
  int consolePort;

  @Override
  public Integer call() {
    Environment env = Environment.process();
    boolean comparison = env.flag("COMPARISON_MODE") | env.flag("COMPARISON_MODE_ENABLED");
    Demo demo = new Demo(ConfigDirs.forDemo(config), comparison, System.out);
    if (!console) {
      return demo.run();
    }
    // checked before the day runs: a bad port or a short password stops the demo at once
    ConsoleAccess access =
        ConsoleAccess.of("127.0.0.1", consolePort, env.optional("CONSOLE_PASSWORD"));
    return demo.run((wiring, configDir, clock) -> {
      try (ConsoleServer server =
          ConsoleServer.start(
              new Console(
                  wiring,
                  configDir,
                  clock,
                  BookingVerdicts::render,
                  ConfigWrites.beside(ConsoleCommand.readOnlySwitch(Optional.empty(), env))),
              access)) {
        System.out.println();
        System.out.println("naver-sms console: " + server.url() + " (Ctrl-C stops it)");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        TerminationSignals.handle(stopped::countDown, () -> {}, System.err);
        stopped.await();
        System.err.println("naver-sms console: stopped");
      }
    });
  }
}
