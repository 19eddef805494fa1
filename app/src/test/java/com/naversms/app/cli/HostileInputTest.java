package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the hostile-input corpus ({@link HostileInputCorpus}) through the CLI in process:
 * the exit code and message the case names, within a few seconds of CPU, never a stack trace.
 */
class HostileInputTest {
  static final Duration CPU_BOUND = Duration.ofSeconds(5);
  static final Duration WALL_BOUND = Duration.ofSeconds(60);

  @TempDir Path work;

  static List<String> cases() {
    return HostileInputCorpus.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostileInput_isRefusedWithItsMessage_quickly_andWithoutAStackTrace(String name)
      throws Exception {
    HostileInputCorpus c = HostileInputCorpus.prepare(name, work);

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    CliRun run = CliRun.of(c.args().toArray(String[]::new));
    Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStart);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(run.exit()).as("%s: exit code; stderr:%n%s", name, run.err()).isEqualTo(c.exit());
    for (String fragment : c.err()) {
      assertThat(run.err()).as("%s: stderr", name).contains(fragment);
    }
    for (String fragment : c.out()) {
      assertThat(run.out()).as("%s: stdout", name).contains(fragment);
    }
    assertNoStackTrace(name, run.out() + run.err());
    // CPU time is the bound (a loaded build machine stretches wall time, not work); wall time
    // only catches a hang
    assertThat(cpu).as("%s: CPU time taken", name).isLessThan(CPU_BOUND);
    assertThat(took).as("%s: wall time taken", name).isLessThan(WALL_BOUND);
  }

  @Test
  void theCorpusCoversTheAttacksOfTheCampaign() {
    assertThat(cases())
        .contains(
            "macro-calls-itself",
            "range-huge",
            "yaml-2mb-string",
            "yaml-nested-deep",
            "yaml-alias-bomb",
            "reserved-flag-claimed-at",
            "bookings-trailing-array",
            "bookings-invalid-utf8",
            "booking-wrong-typed-field");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aConfigFileThatIsAPipe_isRefused_notWaitedOn() throws Exception {
    HostileInputCorpus c = HostileInputCorpus.prepare("reserved-flag-claimed-at", work);
    Path rules = work.resolve("config").resolve("rules.yaml");
    Files.delete(rules);
    assertThat(new ProcessBuilder("mkfifo", rules.toString()).start().waitFor()).isZero();

    CliRun run = CliRun.of(c.args().toArray(String[]::new));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("rules.yaml: not a regular file");
  }

  static void assertNoStackTrace(String name, String output) {
    assertThat(output)
        .as("%s: no stack trace in the output", name)
        .doesNotContain("\tat ")
        .doesNotContain("at com.")
        .doesNotContain("at java.")
        .doesNotContainPattern("\\w+(Exception|Error)\\b");
  }
}
