package com.naversms.app.cli;

import com.naversms.adapters.redaction.Redaction;
import com.naversms.app.settings.Environment;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.plan.Planner;
import com.naversms.formats.plan.PlanJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `naver-sms run`: One real cycle; --dry-run fetches and plans with the stored session but sends,
 * writes and signs in to nothing (--login lets it sign in). JSON logs go to stderr; the outcome
 * (and, for a dry run, the plan as a table, phones masked, no names) to stdout. A dry run's {@code
 * --explain} adds every rule that did not fire with its first failing condition; {@code --format
 * json} prints the plan as {@code plan --format json} does, with phones and texts (for a file, not
 * a terminal), so a rule change can be previewed on live bookings.
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
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description =
          "With --dry-run: table or json (the plan JSON of 'plan --format json' with the texts);"
              + " phones masked in both; default ${DEFAULT-VALUE}")
  PlanCommand.Format format;

  @Option(
      names = "--explain",
      description =
          "With --dry-run: also list, per booking and rule that did not fire, the first failed"
              + " condition")
  boolean explain;

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
    if ((explain || format != PlanCommand.Format.table) && !dryRun) {
      throw new IllegalArgumentException("--format and --explain are for --dry-run");
    }
    try (CycleStart start =
        CycleStart.open(
            config,
            initState,
            Environment.process(),
            c -> dryRun ? c.withDryRun(true) : c,
            login,
            explain ? Planner::plan : Planner::planWithoutSkips,
            System.err,
            System.err)) {
      CycleResult result = start.run(start.startRequestId());
      if (dryRun || start.settings().cycle().dryRun()) {
        result
            .plan()
            .ifPresent(p -> {
              if (format == PlanCommand.Format.json) {
                System.out.println(Redaction.none().text(PlanJson.toJson(p, explain)));
                return;
              }
              System.out.print(
                  Redaction.none().text(PlanTable.render(p, result.bookings(), explain)));
              System.out.println(
                  "(dry run: nothing sent or written; phones masked, names and texts not shown:"
                      + " --format json shows them)");
            });
      }
      // a JSON plan stays alone on stdout, so it can go to a file or a pipe
      (format == PlanCommand.Format.json ? System.err : System.out)
          .println(RunOutcome.describe(result));
      return result.exitCode();
    }
  }
}
