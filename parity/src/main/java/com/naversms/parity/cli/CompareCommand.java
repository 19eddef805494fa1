package com.naversms.parity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.naversms.adapters.naver.BookingJson;
import com.naversms.adapters.naver.BookingRead;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.input.ConfigException;
import com.naversms.core.migration.ComparisonMode.Input;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import com.naversms.formats.snapshot.RecordJson;
import com.naversms.formats.snapshot.RecordRead;
import com.naversms.parity.comparison.Baseline;
import com.naversms.parity.comparison.ComparedItem;
import com.naversms.parity.comparison.ComparisonMaps;
import com.naversms.parity.comparison.ComparisonReport;
import com.naversms.parity.comparison.CompatibilityList;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code naver-sms compare}: two planners on one snapshot (docs/comparison.md). */
@Command(
    name = "compare",
    description =
        "Compares two planners on a snapshot; exit 0 when they agree, 1 when they differ.",
    mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
  static final String LEGACY = Baseline.LEGACY;

  private final UnaryOperator<Path> configFolder;

  @Spec CommandSpec spec;

  @Option(names = "--bookings", required = true, description = "JSON array of partner-API bookings")
  Path bookings;

  @Option(names = "--records", description = "JSON array of stored records (legacy sms items)")
  Path records;

  @Option(names = "--at", required = true, description = "ISO-8601 instant with offset")
  String at;

  @Option(names = "--baseline", required = true, description = "legacy, or a rules.yaml file")
  String baseline;

  @Option(names = "--candidate", description = "a rules.yaml file (default: the config's rules)")
  Path candidate;

  @Option(
      names = "--config",
      description = "config folder (default: $NAVER_SMS_CONFIG_DIR, else ./config)")
  Path config;

  @Option(names = "--format", defaultValue = "table", description = "table or json")
  String format;

  /** Without the CLI's precedence: {@code --config}, else {@code ./config} (tests). */
  CompareCommand() {
    this(flag -> flag != null ? flag : Path.of("config"));
  }

  /**
   * @param configFolder the config folder given the {@code --config} flag (null when absent)
   */
  CompareCommand(UnaryOperator<Path> configFolder) {
    this.configFolder = configFolder;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    config = configFolder.apply(config);
    if (!format.equals("table") && !format.equals("json")) {
      err.println("naver-sms compare: --format must be table or json, got " + format);
      return 2;
    }
    Instant now;
    try {
      now = OffsetDateTime.parse(at).toInstant();
    } catch (DateTimeParseException e) {
      err.println("naver-sms compare: --at: expected an ISO-8601 instant with offset, got " + at);
      return 2;
    }
    try {
      Configuration base = ConfigLoader.load(config);
      BookingRead read = BookingJson.readFile(bookings);
      read.problems().forEach(p -> err.println("skipped: " + p));
      Map<RecordKey, StoredRecord> stored = records(err);
      boolean legacy = LEGACY.equals(baseline);
      Configuration baseConfig = legacy ? base : withRules(config, Path.of(baseline), "--baseline");
      Configuration candConfig =
          candidate == null ? base : withRules(config, candidate, "--candidate");
      Plan neu = Planner.plan(read.bookings(), stored, now, candConfig);
      String candName = candidate == null ? "rules" : candidate.toString();
      ComparisonReport report =
          (legacy ? Baseline.legacy() : Baseline.rules(baseline))
              .compare(new Input(read.bookings(), stored, now, baseConfig), neu, candName);
      print(report, out);
      return report.agree() ? 0 : 1;
    } catch (ConfigException e) {
      e.errors().forEach(error -> err.println(error));
      return 2;
    }
  }

  private Map<RecordKey, StoredRecord> records(PrintWriter err) {
    Map<RecordKey, StoredRecord> out = new LinkedHashMap<>();
    if (records == null) {
      return out;
    }
    RecordRead read = RecordJson.readFile(records);
    for (BookingProblem p : read.problems()) {
      err.println("record problem: " + p);
    }
    read.records().forEach(r -> out.put(r.key(), r));
    return out;
  }

  /** The config folder with its rules.yaml replaced by {@code rules}, loaded from a copy. */
  static Configuration withRules(Path configDir, Path rules, String option) {
    if (!Files.isRegularFile(rules)) {
      throw new ConfigException(
          new com.naversms.core.input.ConfigError(
              rules.toString(), option, 0, "rules file not found"));
    }
    Path copy = null;
    try {
      copy = Files.createTempDirectory("naver-sms-compare");
      try (var files = Files.list(configDir)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.copy(f, copy.resolve(f.getFileName()));
        }
      }
      Files.copy(rules, copy.resolve("rules.yaml"), StandardCopyOption.REPLACE_EXISTING);
      return ConfigLoader.load(copy);
    } catch (ConfigException e) {
      List<com.naversms.core.input.ConfigError> named = new ArrayList<>();
      for (var error : e.errors()) {
        named.add(
            new com.naversms.core.input.ConfigError(
                error.file().equals("rules.yaml") ? rules.toString() : error.file(),
                error.path(),
                error.line(),
                error.message()));
      }
      throw new ConfigException(named);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage " + rules + " with " + configDir, e);
    } finally {
      deleteQuietly(copy);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a leftover temp copy of the config is harmless; the comparison result stands
      System.err.println("naver-sms compare: could not remove " + dir + ": " + e.getMessage());
    }
  }

  private void print(ComparisonReport report, PrintWriter out) {
    Map<String, String> ids = CompatibilityList.load();
    if (format.equals("json")) {
      try {
        out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(ComparisonMaps.asMap(report, ids)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    out.printf(
        "compare %s vs %s at %s: %d items, %d match, %d intended, %d unexpected (%.2f %%)%n",
        report.baselineName(),
        report.candidateName(),
        at,
        report.total(),
        report.matched(),
        report.intended(),
        report.unexpected(),
        report.matchPercentage());
    for (ComparedItem item : report.items()) {
      out.println(ComparisonMaps.describe(item));
    }
    report.items().stream()
        .map(ComparedItem::intendedDifference)
        .filter(id -> id != null)
        .flatMap(id -> List.of(id.split(",")).stream())
        .distinct()
        .sorted()
        .forEach(id -> out.println(id + ": " + ids.getOrDefault(id, "")));
    out.println(report.agree() ? "result: AGREE" : "result: DIFFER");
  }
}
