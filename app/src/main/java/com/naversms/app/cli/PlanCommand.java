package com.naversms.app.cli;

import com.naversms.core.booking.BookingProblem;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.input.ConfigError;
import com.naversms.core.input.ConfigException;
import com.naversms.core.optout.OptOutList;
import com.naversms.core.optout.OptOuts;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import com.naversms.formats.plan.PlanJson;
import com.naversms.formats.snapshot.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code naver-sms plan}: pure planning on a snapshot (docs/design.md 4). Prints what a cycle at
 * {@code --at} would do; sends and writes nothing. Exit 0 when a plan was printed (bookings or
 * records that cannot be read are reported on stderr and skipped), 2 on bad usage or input.
 */
@Command(
    name = "plan",
    description = "Pure planning on a snapshot of bookings and records; sends and writes nothing.",
    mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--bookings",
      required = true,
      paramLabel = "FILE",
      description = "JSON array of bookings as the partner API's list endpoint returns them")
  Path bookings;

  @Option(
      names = "--records",
      paramLabel = "FILE",
      description = "JSON array of stored records in the legacy sms item shape (default: none)")
  Path records;

  @Option(
      names = "--at",
      required = true,
      paramLabel = "TIME",
      description = "the cycle's instant, ISO-8601 with offset, e.g. 2026-11-27T12:10:00+09:00")
  String at;

  @Option(
      names = "--config",
      paramLabel = "DIR",
      description = "config folder (default: $NAVER_SMS_CONFIG_DIR, else ./config)")
  Path config;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = "--optouts",
      paramLabel = "FILE",
      description =
          "numbers that refused advertising, one a line (any form; # comments): no advertising"
              + " message is planned to them")
  Path optouts;

  @Option(
      names = "--explain",
      description = "also list, per booking and rule that did not fire, the first failed condition")
  boolean explain;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<String> bad = new ArrayList<>();
    Snapshot.Read read = Snapshot.read(bookings, records, at);
    Configuration configuration = loadConfig(bad);
    if (read instanceof Snapshot.Read.Bad b) {
      bad.addAll(0, b.messages());
    }
    List<String> optOutLines = readOptOuts(bad);
    if (!bad.isEmpty() || !(read instanceof Snapshot.Read.Ok(Snapshot snapshot))) {
      bad.forEach(m -> err.println("naver-sms plan: " + m));
      err.flush();
      return 2;
    }
    for (BookingProblem p : snapshot.problems()) {
      err.println("naver-sms plan: skipped " + p);
    }
    err.flush();
    Plan planned =
        Planner.plan(
            snapshot.bookings(),
            snapshot.records(),
            snapshot.at(),
            configuration,
            OptOuts.of(OptOutList.of(optOutLines)));
    List<BookingProblem> problems = new ArrayList<>(snapshot.problems());
    problems.addAll(planned.problems());
    Plan plan =
        new Plan(
            planned.at(),
            planned.deliveries(),
            planned.skipped(),
            problems,
            planned.retries(),
            planned.valueChanges(),
            planned.withheld());
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case json -> PlanJson.toJson(plan, explain) + "\n";
          case table -> PlanTable.render(plan, snapshot.bookings(), explain);
        });
    out.flush();
    return 0;
  }

  /** {@code --optouts}: one number a line; blank lines and {@code #} comments ignored. */
  private List<String> readOptOuts(List<String> bad) {
    if (optouts == null) {
      return List.of();
    }
    try {
      return Files.readAllLines(optouts, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      bad.add(optouts + ": cannot read the opt-out list: " + e.getMessage());
      return List.of();
    }
  }

  private Configuration loadConfig(List<String> bad) {
    try {
      return ConfigLoader.load(ConfigDirs.find(config));
    } catch (ConfigException e) {
      e.errors().stream().map(ConfigError::toString).forEach(bad::add);
      return null;
    }
  }
}
