package com.naversms.ops.terraform;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root from the module's working directory. */
public final class RepoPaths {
  private RepoPaths() {}

  public static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("mvnw"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("repository root (with mvnw) not found");
    }
    return p;
  }
}
