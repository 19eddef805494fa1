package com.naversms.bench.cycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The version of the JDK a {@code java} belongs to, from its {@code release} file. */
final class JdkVersion {
  private JdkVersion() {}

  static String of(String java) throws IOException {
    Path release = Path.of(java).toRealPath().getParent().getParent().resolve("release");
    for (String line : Files.readAllLines(release)) {
      if (line.startsWith("JAVA_VERSION=")) {
        return line.substring("JAVA_VERSION=".length()).replace("\"", "");
      }
    }
    throw new IllegalStateException(release + " names no JAVA_VERSION");
  }
}
