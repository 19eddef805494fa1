package com.naversms.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** The clone the tests run from: found from the app module's folder (surefire's working dir). */
public final class Repo {
  private Repo() {}

  /**
   * The repository root: the first folder upwards from the working directory with bin/naver-sms.
   */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isExecutable(d.resolve("bin/naver-sms"))) {
        return d;
      }
    }
    throw new AssertionError(
        "no bin/naver-sms in " + dir + " or above: run the tests in the clone");
  }

  /** bin/naver-sms. */
  public static Path launcher() {
    return root().resolve("bin/naver-sms");
  }

  /** The shipped config folder itself, {@code <root>/config}. */
  public static Path shippedConfig() {
    return root().resolve("config");
  }

  /**
   * The shipped config as the end-to-end tests run it: a copy (made once per test JVM) without the
   * file-wide quiet hours (21:00-08:00 KST), so a test of what a due confirmation leads to has the
   * same outcome at any hour of the day it runs. Quiet hours themselves are tested at a chosen
   * planning time ({@code QuietHoursE2ETest}, {@code SIMULATOR_PLAN_AT}).
   */
  public static synchronized Path config() {
    if (dayConfig == null) {
      try {
        Path dir = Files.createTempDirectory("naver-sms-e2e-config");
        dir.toFile().deleteOnExit();
        dayConfig = ShippedConfig.withoutQuietHours(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dayConfig;
  }

  private static Path dayConfig;

  /**
   * Fails unless app/target/naver-sms.jar exists and is newer than every compiled class of the app
   * module: bin/naver-sms would otherwise build it (slowly, inside a test) or run stale code.
   */
  static void requireFreshJar() {
    Path jar = root().resolve("app/target/naver-sms.jar");
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError(
          jar
              + " is missing. E2E tests run in the integration-test phase of `./mvnw verify` (after"
              + " `package`), e.g. ./mvnw -B verify -pl app -am -Dtest='MyE2ETest'"
              + " -Dsurefire.failIfNoSpecifiedTests=false");
    }
    try (Stream<Path> classes = Files.walk(root().resolve("app/target/classes"))) {
      FileTime built = Files.getLastModifiedTime(jar);
      Path newer =
          classes
              .filter(Files::isRegularFile)
              .filter(p -> modified(p).compareTo(built) > 0)
              .findFirst()
              .orElse(null);
      if (newer != null) {
        throw new AssertionError(
            jar + " is older than " + newer + ": run the E2E tests through `./mvnw verify`");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
