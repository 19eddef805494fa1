package com.naversms.app.cli;

import com.naversms.adapters.observability.JsonEventLog;
import com.naversms.app.cycle.CycleResult;
import com.naversms.app.wiring.AppSettings;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.config.PlanJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `naver-sms run`: One real cycle; --dry-run fetches and plans but sends and writes nothing. JSON
 * logs go to stderr; the outcome (or, for a dry run, the plan as JSON) to stdout.
 */
@Command(
    name = "run",
    description = "One real cycle; --dry-run fetches and plans but sends and writes nothing.",
    mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
  @Option(names = "--dry-run", description = "Fetch and plan; send nothing, write nothing.")
  boolean dryRun;

  @Option(names = "--config", description = "Config folder (default: ./config)")
  Path config;

  @Override
  public Integer call() throws Exception {
    AppSettings settings =
        AppSettings.fromEnvironment(System.getenv()).withConfigDir(ConfigDirs.find(config));
    if (dryRun) {
      settings = settings.withCycle(settings.cycle().withDryRun(true));
    }
    Wiring wiring = Wiring.fromSettings(settings, System.err);
    try (wiring;
        var persistence = wiring.persistence()) {
      CycleResult result = wiring.cycle().run(JsonEventLog.newRequestId());
      if (dryRun || wiring.settings().cycle().dryRun()) {
        result.plan().ifPresent(p -> System.out.println(PlanJson.toJson(p, false)));
      }
      System.out.println(RunOutcome.describe(result));
      return result.exitCode();
    }
  }
}
