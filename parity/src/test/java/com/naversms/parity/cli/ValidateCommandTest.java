package com.naversms.parity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.parity.validation.Performance;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
  static final Path DATASETS = Path.of("..", "validation", "datasets");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    ValidateCommand command =
        new ValidateCommand(
            PlanningProbe::largestScenario,
            Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void theShippedGoldenDatasets_areGo_andBothReportsAreWritten() throws Exception {
    Path report = dir.resolve("report.md");
    int code = run("--datasets", DATASETS.toString(), "--report", report.toString());
    assertThat(code).as(out + "\n" + err).isZero();
    assertThat(out.toString())
        .contains("decision: GO")
        .contains("planning of the largest scenario 'batch-50'");
    assertThat(Files.readString(report))
        .startsWith("# Validation campaign: GO")
        .contains("| `batch-50` | pass");
    assertThat(Files.readString(dir.resolve("report.json"))).contains("\"decision\" : \"GO\"");
  }

  @Test
  void oneWrongExpectation_isNoGo_andTheReportNamesTheScenario() throws Exception {
    Path copy = copyDatasets();
    Path scenario = copy.resolve("scenarios/10-event-at-2000.json");
    Files.writeString(
        scenario,
        Files.readString(scenario).replace("\"template\": \"event\"", "\"template\": \"guide\""));
    Path report = dir.resolve("r.md");
    int code =
        run("--datasets", copy.toString(), "--report", report.toString(), "--config", "../config");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("scenario event-at-2000 failed")
        .contains("decision: NO-GO");
    assertThat(Files.readString(report))
        .contains("### event-at-2000")
        .contains("template expected guide got event");
  }

  @Test
  void bootstrap_saysWhatIsMissing() throws Exception {
    Path copy = copyDatasets();
    Files.delete(copy.resolve("scenarios/03-new-booking-exactly-start-minus-2h.json"));
    int code = run("bootstrap", "--datasets", copy.toString(), "--config", "../config");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("MISSING")
        .contains("scenario file not found")
        .contains("03-new-booking");

    out.getBuffer().setLength(0);
    assertThat(run("bootstrap", "--datasets", dir.resolve("none").toString())).isEqualTo(1);
    assertThat(out.toString()).contains("MISSING datasets folder");

    out.getBuffer().setLength(0);
    assertThat(run("bootstrap", "--datasets", DATASETS.toString())).isZero();
    assertThat(out.toString()).contains("ok      config").contains("ready");
  }

  @Test
  void theProbeIsInjectable() throws Exception {
    ValidateCommand command =
        new ValidateCommand(
            (s, c) -> new Performance("one demo cycle", 1234, 64L << 20), Clock.systemUTC());
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    int code =
        cli.execute("--datasets", DATASETS.toString(), "--report", dir.resolve("x.md").toString());
    assertThat(code).isZero();
    assertThat(out.toString()).contains("one demo cycle: 1234 ms, peak heap 64 MB");
  }

  @Test
  void aReportInAMissingFolder_createsTheFolderFirst() throws Exception {
    Path report = dir.resolve("reports/2026-11/r.md");

    assertThat(run("--datasets", DATASETS.toString(), "--report", report.toString())).isZero();

    assertThat(out.toString())
        .startsWith("created the report folder " + dir.resolve("reports/2026-11").toAbsolutePath());
    assertThat(report).isRegularFile();
    assertThat(dir.resolve("reports/2026-11/r.json")).isRegularFile();
  }

  @Test
  void aFolderAsReport_getsTheReportsInside() throws Exception {
    Path existing = Files.createDirectories(dir.resolve("existing"));

    assertThat(run("--datasets", DATASETS.toString(), "--report", existing.toString())).isZero();
    assertThat(run("--datasets", DATASETS.toString(), "--report", dir.resolve("new") + "/"))
        .isZero();

    assertThat(existing.resolve("validation-report.md")).isRegularFile();
    assertThat(existing.resolve("validation-report.json")).isRegularFile();
    assertThat(dir.resolve("new/validation-report.md")).isRegularFile();
  }

  @Test
  void aReportFolderThatCannotBeMade_exit2_beforeTheCampaignRuns() throws Exception {
    Files.writeString(dir.resolve("taken"), "a file");

    assertThat(
            run(
                "--datasets",
                DATASETS.toString(),
                "--report",
                dir.resolve("taken/r.md").toString()))
        .isEqualTo(2);

    assertThat(err.toString()).contains("cannot create the report folder for").contains("taken");
    assertThat(out.toString()).isEmpty();
  }

  private Path copyDatasets() throws Exception {
    Path copy = dir.resolve("datasets");
    Files.createDirectories(copy.resolve("scenarios"));
    try (var files = Files.walk(DATASETS)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, copy.resolve(DATASETS.relativize(f).toString()));
      }
    }
    return copy;
  }
}
