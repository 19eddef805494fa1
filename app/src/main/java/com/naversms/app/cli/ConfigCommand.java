package com.naversms.app.cli;

import com.naversms.adapters.s3.S3Folders;
import com.naversms.adapters.s3.S3Location;
import com.naversms.adapters.s3.S3Settings;
import com.naversms.app.settings.Environment;
import com.naversms.app.wiring.ConfigFolder;
import com.naversms.core.config.ConfigCheck;
import com.naversms.core.config.ConfigReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code naver-sms config}: config tools; {@code config check} validates and renders. */
@Command(
    name = "config",
    description = {
      "Config tools: 'config check' validates config and renders every template;",
      "'config push --to s3://BUCKET/PREFIX/' checks it, then uploads it for the cycle function."
    },
    mixinStandardHelpOptions = true,
    subcommands = {ConfigCommand.Check.class, ConfigCommand.Push.class})
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

  /**
   * {@code config push --to s3://bucket/prefix/ [--config DIR]}: runs {@code config check}; an
   * invalid folder is refused (exit 2, every error on stderr, nothing uploaded); a valid one has
   * each of its YAML files uploaded under the prefix, and its content hash printed: the cycle
   * function logs the same hash when it runs on it (docs/deploy.md).
   */
  @Command(
      name = "push",
      description =
          "Check the config folder, then upload its YAML files to S3 (the cycle reads"
              + " them from NAVER_SMS_CONFIG_URI).",
      mixinStandardHelpOptions = true)
  static final class Push implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--config",
        paramLabel = "DIR",
        description = "Config folder (default: $NAVER_SMS_CONFIG_DIR, else ./config).")
    Path dir;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "S3URI",
        description = "Where the cycle function reads its config: s3://BUCKET/PREFIX/.")
    String to;

    @Override
    public Integer call() throws java.io.IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      S3Location target;
      try {
        target = S3Location.parse("--to", to);
      } catch (IllegalArgumentException e) {
        err.println("naver-sms config push: " + e.getMessage());
        err.flush();
        return 2;
      }
      dir = ConfigDirs.find(dir);
      ConfigReport report = ConfigCheck.run(dir);
      if (!report.valid()) {
        report.lines().forEach(err::println);
        err.println(
            report.errors().size() + " error(s) in " + dir + ": nothing uploaded to " + target);
        err.flush();
        return 2;
      }
      List<Path> files;
      try (Stream<Path> list = Files.list(dir)) {
        files =
            list.filter(Files::isRegularFile)
                .filter(f -> f.getFileName().toString().matches("[^.].*\\.ya?ml"))
                .sorted()
                .toList();
      }
      try (S3Folders s3 =
          new S3Folders(S3Settings.fromEnvironment(Environment.process().asMap()))) {
        for (Path f : files) {
          String key = target.key(f.getFileName().toString());
          String etag = s3.put(target.bucket(), key, Files.readAllBytes(f), "application/yaml");
          out.println("uploaded " + S3Folders.uri(target.bucket(), key) + " " + etag);
        }
      } catch (S3Folders.S3Failure e) {
        err.println("naver-sms config push: " + e.getMessage());
        err.flush();
        return 1;
      }
      out.println(
          "config pushed: "
              + target
              + " sha256 "
              + ConfigFolder.hash(dir)
              + " ("
              + files.size()
              + " files; the cycle logs this hash when it loads it)");
      out.flush();
      return 0;
    }
  }
}
