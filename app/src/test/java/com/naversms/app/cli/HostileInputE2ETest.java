package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.app.e2e.Product;
import com.naversms.app.e2e.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cases of the hostile-input corpus ({@link HostileInputCorpus}) through {@code bin/naver-sms} as a
 * child process, as an operator meets them: the exit code and message, no stack trace, within a
 * bound (before issue 12 the self-calling macro ended in a StackOverflowError and exit 1, the huge
 * range took a minute and gigabytes, the trailing array and the wrong-typed booking went unnoticed
 * or unnamed).
 */
class HostileInputE2ETest {
  /** JVM start on a loaded 2-core build machine plus the work; a hang would go far past it. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir Path work;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "macro-calls-itself",
        "range-huge",
        "nested-loops",
        "yaml-2mb-string",
        "yaml-alias-bomb",
        "reserved-flag-claimed-at",
        "bookings-trailing-array",
        "bookings-invalid-utf8",
        "booking-wrong-typed-field"
      })
  void hostileInput_throughTheLauncher_isAnsweredWithItsMessage(String name) throws Exception {
    HostileInputCorpus c = HostileInputCorpus.prepare(name, work);
    Path cwd = Files.createDirectories(work.resolve("cwd"));

    long start = System.nanoTime();
    Result r = Product.run(Map.of(), cwd, BOUND, c.args().toArray(String[]::new));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    r.assertExit(c.exit());
    c.err().forEach(fragment -> assertThat(r.stderr()).as(r.describe()).contains(fragment));
    c.out().forEach(fragment -> assertThat(r.stdout()).as(r.describe()).contains(fragment));
    HostileInputTest.assertNoStackTrace(name, r.stdout() + r.stderr());
    assertThat(took).as("%s: time taken", name).isLessThan(BOUND);
  }
}
