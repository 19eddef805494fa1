package com.naversms.app.cli;

import com.naversms.app.console.ConfigWrites;
import com.naversms.app.console.Console;
import com.naversms.app.console.ConsoleAccess;
import com.naversms.app.console.ConsoleServer;
import com.naversms.app.daemon.TerminationSignals;
import com.naversms.app.settings.AppSettings;
import com.naversms.app.settings.Environment;
import com.naversms.app.settings.StateSettings;
import com.naversms.app.wiring.ConfigFolder;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.app.wiring.StateLocation;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.secrets.SecretsException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naver-sms console}: the owner's web console (docs/console.md) on the state and config
 * {@code run} uses, until SIGTERM/SIGINT. Loopback by default; any other address needs the console
 * password and is refused (exit 2) without it.
 */
@Command(
    name = "console",
    description =
        "The owner's web console: today's messages, a customer's history, template editing with"
            + " live preview. Loopback only unless a console password is set (CONSOLE_PASSWORD or"
            + " the secret naver-sms-automation/console-credentials).",
    mixinStandardHelpOptions = true)
final class ConsoleCommand implements Callable<Integer> {
  static final String READ_ONLY = "CONSOLE_CONFIG_READ_ONLY";

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "N",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free port)")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDR",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}); a non-loopback one needs the console"
              + " password")
  String bind;

  @Option(
      names = "--read-only",
      arity = "0..1",
      fallbackValue = "true",
      paramLabel = "true|false",
      description =
          "Never write the config folder: the 문구 page offers the checked file for download and"
              + " how to deploy it (default: $CONSOLE_CONFIG_READ_ONLY, else read-only when the"
              + " state is in DynamoDB or the folder cannot be written)")
  Boolean readOnly;

  @Option(
      names = "--config",
      description = "Config folder (default: $NAVER_SMS_CONFIG_DIR, else ./config)")
  Path config;

  @Override
  public Integer call() throws Exception {
    Environment env = Environment.process();
    AppSettings base = AppSettings.fromEnvironment(env);
    ConfigFolder folder = ConfigFolder.resolve(config, env.asMap());
    AppSettings settings = base.withConfigDir(folder.dir());
    ConsoleAccess access = access(bind, port, env, settings);
    StateLocation.check(settings, false);
    ConfigWrites writes =
        new ConfigWrites(
            readOnlySwitch(Optional.ofNullable(readOnly), env),
            settings.state().backend() == StateSettings.Backend.DYNAMODB);
    try (Served served = serve(settings, access, writes, System.err)) {
      System.out.println("naver-sms console: " + served.server().url() + " (Ctrl-C stops it)");
      System.out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      TerminationSignals.handle(stopped::countDown, () -> {}, System.err);
      stopped.await();
      System.err.println("naver-sms console: stopped");
      return 0;
    }
  }

  /**
   * Who may open it: {@code CONSOLE_PASSWORD}, else the secret's {@code password}; checked before
   * anything is opened, so a refused address starts nothing.
   */
  static ConsoleAccess access(String bind, int port, Environment env, AppSettings settings) {
    Optional<String> password = env.optional("CONSOLE_PASSWORD");
    if (password.isEmpty()) {
      try {
        password =
            settings
                .secrets()
                .open()
                .find(ConsoleAccess.SECRET)
                .flatMap(s -> Optional.ofNullable(s.get("password")));
      } catch (SecretsException e) {
        throw new IllegalArgumentException(
            "the console password secret "
                + ConsoleAccess.SECRET
                + " cannot be read: "
                + e.getMessage(),
            e);
      }
    }
    return ConsoleAccess.of(bind, port, password);
  }

  /**
   * The operator's read-only switch: {@code --read-only}, else {@code CONSOLE_CONFIG_READ_ONLY}.
   */
  static Optional<Boolean> readOnlySwitch(Optional<Boolean> option, Environment env) {
    return option.or(
        () -> env.optional(READ_ONLY).filter(v -> !v.isBlank()).map(v -> env.flag(READ_ONLY)));
  }

  /** A running console and what it holds open. */
  record Served(ConsoleServer server, Wiring wiring) implements AutoCloseable {
    @Override
    public void close() {
      if (server != null) {
        server.close();
      }
      closeWiring();
    }

    void closeWiring() {
      try (wiring;
          Persistence persistence = wiring.persistence()) {
        // both closed, the persistence first
      } catch (Exception e) {
        throw new IllegalStateException("closing the state store: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Serves the console on {@code settings}' state and config: the state opened for writing (resend,
   * resolve), the live preview signing in to nothing (it uses the stored session, as a dry run).
   */
  static Served serve(
      AppSettings settings, ConsoleAccess access, ConfigWrites writes, PrintStream logs)
      throws IOException {
    Clock clock = Clock.systemUTC();
    AppSettings previewOnly = settings.withCycle(settings.cycle().withDryRun(true));
    Persistence persistence = SelfHosted.persistence(settings);
    Wiring wiring =
        Wiring.assemble(
            previewOnly, logs, clock, persistence, SelfHosted.browser(previewOnly, clock));
    try {
      return new Served(
          ConsoleServer.start(
              new Console(wiring, settings.configDir(), clock, BookingVerdicts::render, writes),
              access),
          wiring);
    } catch (IOException | RuntimeException e) {
      new Served(null, wiring).closeWiring();
      throw e;
    }
  }
}
