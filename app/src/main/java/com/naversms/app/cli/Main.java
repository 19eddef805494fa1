package com.naversms.app.cli;

import com.naversms.adapters.observability.RedactedStdio;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code naver-sms}: the command line (docs/design.md 4). {@code compare} and {@code validate} are
 * the migration wing's, added by {@link WingCommands} when the wing is on the classpath. Exit
 * codes: 0 success, 1 a problem found (a difference, NO-GO, failed sends), 2 bad usage or bad
 * input.
 */
@Command(
    name = "naver-sms",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = "Customer messaging off Naver bookings.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      DaemonCommand.class,
      PlanCommand.class,
      ExplainCommand.class,
      SnapshotCommand.class,
      MessagesCommand.class,
      ConsoleCommand.class,
      ConfigCommand.class,
      LoginCommand.class,
      SessionCommand.class,
      OptOutCommand.class,
      SecretsCommand.class,
      SimulatorCommand.class,
      CompletionCommand.class
    },
    modelTransformer = WingCommands.class)
public final class Main implements Runnable {

  public static void main(String[] args) {
    // every line the process prints leaves without the secrets it has loaded (issue 12.4)
    RedactedStdio.install();
    System.exit(execute(args));
  }

  /** Runs the CLI and returns the exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    // Korean text must come out as UTF-8 even under a POSIX locale (piped JSON, cron).
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      cmd.getErr().println("naver-sms: " + ex.getMessage());
      return 2;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
