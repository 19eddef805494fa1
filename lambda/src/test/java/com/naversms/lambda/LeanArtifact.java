package com.naversms.lambda;

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
}
