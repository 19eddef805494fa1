package com.naversms.app.cli;

import com.naversms.core.config.ConfigCheck;
import com.naversms.core.config.ConfigReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code naver-sms config}: config tools; {@code config check} validates and renders. */
@Command(
    name = "config",
    description = "Config tools: 'config check' validates config and renders every template.",
    mixinStandardHelpOptions = true,
    subcommands = {ConfigCommand.Check.class})
final class ConfigCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /**
   * {@code config check [--config DIR]}: exit 0 when valid (printing each SMS template's size and
   * type and whether each Telegram/Slack template renders), 2 with every error on stderr.
   */
  @Command(
      name = "check",
      description = "Validate the config folder and render every template.",
      mixinStandardHelpOptions = true)
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--config",
        paramLabel = "DIR",
        description = "Config folder (default: $NAVER_SMS_CONFIG_DIR, else ./config).")
    Path dir;

    @Override
    public Integer call() {
      dir = ConfigDirs.find(dir);
      ConfigReport report = ConfigCheck.run(dir);
      PrintWriter out = report.valid() ? spec.commandLine().getOut() : spec.commandLine().getErr();
      report.lines().forEach(out::println);
      if (!report.valid()) {
        out.println(report.errors().size() + " error(s) in " + dir);
      }
      out.flush();
      return report.valid() ? 0 : 2;
    }
  }
}
