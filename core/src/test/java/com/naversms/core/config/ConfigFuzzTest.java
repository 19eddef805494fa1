package com.naversms.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated copies of the shipped config (seeded, so a failure repeats): {@code config check} answers
 * each with a report, valid or not, within a few seconds and never throws (issue 12, item 6). The
 * hand-made hostile cases are the app's {@code HostileInputTest} corpus.
 */
class ConfigFuzzTest {
  private static final String[] INSERTS = {
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    "{% for i in range(0, 99999999) %}x{% endfor %}",
    "{{ booking.",
    "{%",
    "&a ",
    "*a ",
    "<<: *a",
    "!!python/object:os.system ",
    "[[[[[[[[[[",
    "{{{{",
    "\t",
    ": :",
    "- - -",
    "'",
    "\"",
    "|",
    "😀",
    "\u0000",
    "{{ bookings | length }}",
    "flag: confirm_sms_claimed_at"
  };

  @TempDir Path dir;

  @Test
  @Timeout(120)
  void mutatedConfig_isAnsweredWithAReport_quickly() throws IOException {
    Path shipped = Path.of("..", "config");
    List<Path> files;
    try (Stream<Path> s = Files.list(shipped)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    Random random = new Random(20261203);
    for (int round = 0; round < 150; round++) {
      Path victim = files.get(random.nextInt(files.size()));
      for (Path f : files) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Files.writeString(
            dir.resolve(f.getFileName()),
            f.equals(victim) ? mutate(text, random) : text,
            StandardCharsets.UTF_8);
      }

      long start = System.nanoTime();
      ConfigReport report = ConfigCheck.run(dir);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(report).as("round %d (%s)", round, victim.getFileName()).isNotNull();
      assertThat(took)
          .as("round %d (%s)", round, victim.getFileName())
          .isLessThan(Duration.ofSeconds(5));
    }
  }

  private static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      int col = line.isEmpty() ? 0 : random.nextInt(line.length());
      switch (random.nextInt(5)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, line);
        case 2 ->
            lines.set(
                at,
                line.substring(0, col)
                    + INSERTS[random.nextInt(INSERTS.length)]
                    + line.substring(col));
        case 3 -> lines.set(at, line.substring(0, col));
        default -> lines.set(at, " ".repeat(random.nextInt(8)) + line.strip());
      }
    }
    return String.join("\n", lines);
  }
}
