package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CLI finds the migration wing (module parity) on its classpath: {@code compare} and {@code
 * validate} are its commands, and the campaign's performance line is one demo run the CLI lends it.
 */
class MigrationWingCliTest {
  static final Path DATASETS = Path.of("..", "validation", "datasets");

  @Test
  void compareAndValidate_areCommandsOfTheCli() {
    assertThat(new CommandLine(new Main()).getSubcommands().keySet())
        .containsSubsequence("plan", "compare", "validate", "config");
  }

  @Test
  void theCliMeasuresOneDemoRun(@TempDir Path dir) {
    CliRun run =
        CliRun.of(
            "validate",
            "--datasets",
            DATASETS.toString(),
            "--report",
            dir.resolve("r.md").toString());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    Matcher line =
        Pattern.compile("performance: (one demo run.*): (\\d+) ms, peak heap (\\d+) MB")
            .matcher(run.out());
    assertThat(line.find()).as(run.out()).isTrue();
    assertThat(line.group(1)).startsWith("one demo run");
    assertThat(Long.parseLong(line.group(2))).isPositive();
    assertThat(Long.parseLong(line.group(3))).isPositive();
  }
}
