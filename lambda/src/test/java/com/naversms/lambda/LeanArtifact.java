package com.naversms.lambda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The cycle function's package as {@code package} built it. */
final class LeanArtifact {
  static final Path JAR = Path.of("target", "naver-sms-cycle.jar").toAbsolutePath();
  static final String HANDLER = "com.naversms.app.lambda.CycleHandler";

  private LeanArtifact() {}

  static Path jar() {
    if (!Files.isRegularFile(JAR)) {
      throw new AssertionError(
          JAR + " is missing: these tests run after `package` (./mvnw -pl lambda -am verify)");
    }
    return JAR;
  }

  /**
   * The unpacked package's {@code config} folder without the shipped rules' file-wide quiet hours
   * (21:00-08:00 KST), so a test that expects a due confirmation to go out passes at any hour
   * (quiet hours are tested at a chosen planning time in the app module's QuietHoursE2ETest).
   */
  static Path dayConfig(Path task) throws IOException {
    Path rules = task.resolve("config").resolve("rules.yaml");
    String shipped = Files.readString(rules, StandardCharsets.UTF_8);
    String quiet = "quiet_hours:\n  start: \"21:00\"\n  end: \"08:00\"\n";
    if (!shipped.contains(quiet)) {
      throw new AssertionError("the packaged rules.yaml no longer holds " + quiet);
    }
    Files.writeString(rules, shipped.replace(quiet, ""), StandardCharsets.UTF_8);
    return task;
  }
}
