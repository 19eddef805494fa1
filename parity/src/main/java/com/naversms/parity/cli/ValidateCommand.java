package com.naversms.parity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.input.ConfigException;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import com.naversms.formats.plan.PlanJson;
import com.naversms.parity.comparison.CompatibilityList;
import com.naversms.parity.legacy.LegacyPlanner;
import com.naversms.parity.validation.Campaign;
import com.naversms.parity.validation.CampaignJson;
import com.naversms.parity.validation.CampaignMarkdown;
import com.naversms.parity.validation.CampaignReport;
import com.naversms.parity.validation.Dataset;
import com.naversms.parity.validation.GoldenDatasets;
import com.naversms.parity.validation.Performance;
import com.naversms.parity.validation.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code naver-sms validate}: the validation campaign over golden datasets (docs/validation.md).
 */
@Command(
    name = "validate",
    description = "The validation campaign over golden datasets; exit 0 on GO, 1 on NO-GO.",
    mixinStandardHelpOptions = true,
    subcommands = ValidateBootstrap.class)
final class ValidateCommand implements Callable<Integer> {
  static final Path DEFAULT_DATASETS = Path.of("validation", "datasets");

  /** Measures the performance line; the default plans the largest scenario. */
  @FunctionalInterface
  interface PerformanceProbe {
    Performance measure(List<Scenario> scenarios, Configuration config);
  }

  static final Campaign.Planners PLANNERS =
      new Campaign.Planners(Planner::plan, LegacyPlanner::plan, PlanJson::actionsAsMaps);

  private final PerformanceProbe probe;
  private final Clock clock;
  private final ToIntFunction<Path> quietDemo;

  @Spec CommandSpec spec;

  @Option(
      names = "--datasets",
      description = "golden datasets folder (default validation/datasets)")
  Path datasets = DEFAULT_DATASETS;

  static final String REPORT_NAME = "validation-report.md";

  @Option(
      names = "--report",
      paramLabel = "FILE|DIR/",
      defaultValue = "validation/" + REPORT_NAME,
      description =
          "Markdown report (default validation/"
              + REPORT_NAME
              + "); a folder (existing, or written with a trailing /) gets "
              + REPORT_NAME
              + "; a missing folder is created; the JSON report goes beside it")
  String report;

  @Option(names = "--config", description = "config folder (default: the manifest's, else config)")
  Path config;

  /**
   * The CLI's: one demo run (simulator cycles) measured, else planning of the largest scenario.
   *
   * @param quietDemo runs the demo on a config folder, output discarded; returns its exit code
   */
  ValidateCommand(ToIntFunction<Path> quietDemo) {
    this(null, Clock.systemUTC(), quietDemo);
  }

  ValidateCommand(PerformanceProbe probe, Clock clock) {
    this(probe, clock, null);
  }

  private ValidateCommand(PerformanceProbe probe, Clock clock, ToIntFunction<Path> quietDemo) {
    this.probe = probe;
    this.clock = clock;
    this.quietDemo = quietDemo;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path report;
    try {
      report = reportFile(this.report, out);
    } catch (IOException e) {
      err.println(
          "naver-sms validate: cannot create the report folder for "
              + this.report
              + ": "
              + e.getClass().getSimpleName()
              + " "
              + e.getMessage());
      return 2;
    }
    Dataset dataset;
    Configuration configuration;
    List<Scenario> scenarios = new ArrayList<>();
    try {
      dataset = GoldenDatasets.dataset(datasets);
      configuration = ConfigLoader.load(configDir(dataset, config));
      for (Path file : dataset.scenarioFiles()) {
        scenarios.add(GoldenDatasets.scenario(file));
      }
    } catch (ConfigException e) {
      e.errors().forEach(err::println);
      err.println("naver-sms validate: run `naver-sms validate bootstrap` for a full check");
      return 2;
    }
    Path configDir = configDir(dataset, config);
    Performance performance =
        probe != null
            ? probe.measure(scenarios, configuration)
            : PlanningProbe.demoRun(quietDemo, configDir, scenarios, configuration);
    CampaignReport result =
        Campaign.run(
            dataset.name(), scenarios, configuration, PLANNERS, performance, clock.instant());
    Map<String, String> ids = CompatibilityList.load();
    String markdown = CampaignMarkdown.render(result, ids);
    if (!dataset.coveredElsewhere().isEmpty()) {
      StringBuilder sb = new StringBuilder(markdown).append("\n## Covered by other tests\n\n");
      dataset.coveredElsewhere().forEach(c -> sb.append("- ").append(c).append('\n'));
      markdown = sb.toString();
    }
    Files.writeString(report, markdown, StandardCharsets.UTF_8);
    Path json = jsonBeside(report);
    Map<String, Object> asMap = CampaignJson.asMap(result, ids);
    asMap.put("covered_elsewhere", dataset.coveredElsewhere());
    Files.writeString(
        json,
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asMap),
        StandardCharsets.UTF_8);
    out.printf(
        "%d scenarios: %d passed, %d failed; %d unexpected differences from the legacy baseline%n",
        result.results().size(),
        result.passed(),
        result.failed(),
        result.unexpectedBaselineDifferences());
    out.println("performance: " + performance.describe());
    result.reasons().forEach(r -> out.println("- " + r));
    out.println("report: " + report + " and " + json);
    out.println("decision: " + result.decision());
    return result.go() ? 0 : 1;
  }

  static Path configDir(Dataset dataset, Path explicit) {
    if (explicit != null) {
      return explicit;
    }
    return dataset.config() != null ? dataset.config() : Path.of("config");
  }

  /**
   * The Markdown report's path, its folder created before the campaign runs (which takes a while)
   * rather than found missing at the end.
   */
  static Path reportFile(String option, PrintWriter out) throws IOException {
    Path given = Path.of(option);
    boolean folder =
        option.endsWith("/") || option.endsWith(java.io.File.separator) || Files.isDirectory(given);
    Path file = folder ? given.resolve(REPORT_NAME) : given;
    Path parent = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(parent)) {
      Files.createDirectories(parent);
      out.println("created the report folder " + parent);
    }
    return file;
  }

  static Path jsonBeside(Path markdown) {
    String name = markdown.getFileName().toString();
    String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    return markdown.resolveSibling(base + ".json");
  }
}
