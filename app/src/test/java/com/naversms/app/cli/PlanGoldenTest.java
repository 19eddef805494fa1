package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code naver-sms plan --format json} byte for byte (issue 13 item 7): on the shipped {@code
 * examples/} at several instants of a day, and on every scenario of the validation campaign ({@code
 * validation/datasets/manifest.yaml}), with and without {@code --explain}. The expected outputs are
 * the files under {@code src/test/resources/golden/plan/}, generated from the product as it was
 * when this test was added.
 *
 * <p>A change of plan output is a change of behaviour. If it is intended, regenerate the files and
 * say why in the commit: {@code ./mvnw -pl app -am verify -Dtest=PlanGoldenTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dplan.golden.update=true}, then review {@code git diff
 * app/src/test/resources/golden/plan}.
 */
class PlanGoldenTest {
  private static final String UPDATE = "plan.golden.update";
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "plan");
  private static final Path ACTUAL = Path.of("target", "plan-golden", "actual");
  private static final Path INPUTS = Path.of("target", "plan-golden", "inputs");
  private static final Path REPO = Path.of("..");
  private static final Path CONFIG = REPO.resolve("config");
  private static final Path EXAMPLES = REPO.resolve("examples");
  private static final Path MANIFEST = REPO.resolve("validation/datasets/manifest.yaml");

  /** Instants (KST) a cycle may run at over the examples' three days. */
  private static final List<String> EXAMPLE_INSTANTS =
      List.of(
          "2026-11-26T20:00:00+09:00",
          "2026-11-27T00:00:00+09:00",
          "2026-11-27T09:00:00+09:00",
          "2026-11-27T12:10:00+09:00",
          "2026-11-27T13:40:00+09:00",
          "2026-11-27T16:00:00+09:00",
          "2026-11-27T20:00:00+09:00",
          "2026-11-27T20:40:00+09:00",
          "2026-11-28T09:00:00+09:00",
          "2026-11-28T20:20:00+09:00");

  record Case(String name, List<String> args) {}

  @Test
  void planJsonIsByteIdenticalToTheGoldenFiles() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThan(40);
    boolean update = Boolean.getBoolean(UPDATE);
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      CliRun run = CliRun.of(c.args().toArray(String[]::new));
      assertThat(run.exit()).as(c.name() + ": " + c.args() + "\n" + run.err()).isZero();
      byte[] actual = run.out().getBytes(StandardCharsets.UTF_8);
      Path golden = GOLDEN.resolve(c.name() + ".json");
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.write(golden, actual);
        continue;
      }
      if (!Files.exists(golden)) {
        failures.add(c.name() + ": no golden file " + golden + " (a new case? regenerate)");
        continue;
      }
      byte[] expected = Files.readAllBytes(golden);
      if (!Arrays.equals(expected, actual)) {
        Files.createDirectories(ACTUAL);
        Path saved = ACTUAL.resolve(c.name() + ".json");
        Files.write(saved, actual);
        failures.add(describe(c, golden, saved, expected, actual));
      }
    }
    if (update) {
      deleteStale(cases);
    }
    assertThat(failures)
        .as(
            "plan --format json changed on %d of %d cases. If the change is intended, regenerate"
                + " with\n  ./mvnw -B -pl app -am verify -Dtest=PlanGoldenTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dplan.golden.update=true\n"
                + "and say why in the commit; otherwise the restructure changed behaviour.\n%s",
            failures.size(), cases.size(), String.join("\n", failures))
        .isEmpty();
  }

  @Test
  void everyGoldenFileBelongsToACase() throws IOException {
    if (Boolean.getBoolean(UPDATE)) {
      return; // the other test rewrites the folder
    }
    Set<String> expected =
        cases().stream()
            .map(c -> c.name() + ".json")
            .collect(Collectors.toCollection(TreeSet::new));
    try (Stream<Path> files = Files.list(GOLDEN)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .as("golden files without a case (regenerate, which deletes them)")
          .containsExactlyElementsOf(expected);
    }
  }

  private static String describe(Case c, Path golden, Path saved, byte[] expected, byte[] actual) {
    String[] want = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    String[] got = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
    int line = 0;
    while (line < want.length && line < got.length && want[line].equals(got[line])) {
      line++;
    }
    return "- "
        + c.name()
        + " ("
        + String.join(" ", c.args())
        + ")\n    first difference at line "
        + (line + 1)
        + ":\n    expected: "
        + (line < want.length ? want[line] : "<end of output>")
        + "\n    actual:   "
        + (line < got.length ? got[line] : "<end of output>")
        + "\n    see: diff "
        + golden.toAbsolutePath().normalize()
        + " "
        + saved.toAbsolutePath().normalize();
  }

  private static void deleteStale(List<Case> cases) throws IOException {
    Set<String> names = cases.stream().map(c -> c.name() + ".json").collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path f : files.toList()) {
        if (!names.contains(f.getFileName().toString())) {
          Files.delete(f);
        }
      }
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    String bookings = EXAMPLES.resolve("bookings.json").toString();
    String records = EXAMPLES.resolve("records.json").toString();
    for (String at : EXAMPLE_INSTANTS) {
      String stamp = at.substring(0, 16).replace(":", "");
      cases.add(plan("examples-" + stamp, bookings, records, at, CONFIG.toString(), false));
      cases.add(
          plan("examples-" + stamp + "-explain", bookings, records, at, CONFIG.toString(), true));
    }
    cases.add(
        plan(
            "examples-no-records-2026-11-27T1210-explain",
            bookings,
            null,
            "2026-11-27T12:10:00+09:00",
            CONFIG.toString(),
            true));
    cases.addAll(scenarios());
    return cases;
  }

  /**
   * Every scenario the manifest lists, its bookings and records written to files under {@code
   * target/} at a fixed relative path (problems name the file, so the path is part of the output).
   */
  private static List<Case> scenarios() throws IOException {
    ObjectMapper json = new ObjectMapper();
    String manifest = Files.readString(MANIFEST);
    Path datasets = MANIFEST.getParent();
    String config = configOf(manifest, datasets);
    List<Case> cases = new ArrayList<>();
    for (String line : manifest.lines().toList()) {
      String t = line.strip();
      if (!t.startsWith("- scenarios/")) {
        continue;
      }
      Path file = datasets.resolve(t.substring(2).strip());
      JsonNode scenario = json.readTree(file.toFile());
      String name = file.getFileName().toString().replaceFirst("\\.json$", "");
      Files.createDirectories(INPUTS);
      Path bookings = INPUTS.resolve(name + ".bookings.json");
      Path records = INPUTS.resolve(name + ".records.json");
      json.writerWithDefaultPrettyPrinter().writeValue(bookings.toFile(), scenario.get("bookings"));
      json.writerWithDefaultPrettyPrinter().writeValue(records.toFile(), scenario.get("records"));
      String at = scenario.get("at").asText();
      for (boolean explain : List.of(false, true)) {
        cases.add(
            plan(
                "scenario-" + name + (explain ? "-explain" : ""),
                bookings.toString(),
                records.toString(),
                at,
                config,
                explain));
      }
    }
    assertThat(cases).as("scenarios listed in " + MANIFEST).hasSizeGreaterThan(40);
    return cases;
  }

  private static String configOf(String manifest, Path datasets) {
    return manifest
        .lines()
        .filter(l -> l.startsWith("config:"))
        .map(l -> datasets.resolve(l.substring("config:".length()).strip()).normalize().toString())
        .findFirst()
        .orElseThrow(() -> new AssertionError(MANIFEST + ": no config: line"));
  }

  private static Case plan(
      String name, String bookings, String records, String at, String config, boolean explain) {
    List<String> args = new ArrayList<>(List.of("plan", "--bookings", bookings));
    if (records != null) {
      args.addAll(List.of("--records", records));
    }
    args.addAll(List.of("--at", at, "--config", config, "--format", "json"));
    if (explain) {
      args.add("--explain");
    }
    return new Case(name, List.copyOf(args));
  }
}
