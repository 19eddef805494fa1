package com.naversms.app.cli;

import com.naversms.adapters.redaction.Redaction;
import com.naversms.app.settings.Environment;
import com.naversms.core.cycle.CycleResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `naver-sms run`: One real cycle; --dry-run fetches and plans with the stored session but sends,
 * writes and signs in to nothing (--login lets it sign in). JSON logs go to stderr; the outcome
 * (and, for a dry run, the plan as a table, phones masked, no names) to stdout. The full plan with
 * phones, names and texts is {@code plan --format json}'s to show, not a terminal's.
 */
@Command(
    name = "run",
    description = "One real cycle; --dry-run fetches and plans but sends and writes nothing.",
    mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--dry-run",
      description =
          "Fetch and plan with the stored Naver session; send nothing, write nothing, sign in to"
              + " nothing (exit 2 when the stored session does not work).")
  boolean dryRun;

  @Option(
      names = "--login",
      description =
          "With --dry-run: sign in when the stored session does not work, and store the new one.")
  boolean login;

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
        CycleStart.open(
            config,
            initState,
            Environment.process(),
            c -> dryRun ? c.withDryRun(true) : c,
            login,
            System.err,
            System.err)) {
      CycleResult result = start.run(start.startRequestId());
      if (dryRun || start.settings().cycle().dryRun()) {
        result
            .plan()
            .ifPresent(p -> {
              System.out.print(
                  Redaction.none().text(PlanTable.render(p, result.bookings(), false)));
              System.out.println(
                  "(dry run: nothing sent or written; phones masked, names and texts not shown:"
                      + " 'naver-sms plan --format json' on a snapshot shows them)");
            });
      }
      System.out.println(RunOutcome.describe(result));
      return result.exitCode();
    }
  }
}
