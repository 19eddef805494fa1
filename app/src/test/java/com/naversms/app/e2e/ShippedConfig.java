package com.naversms.app.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * A config folder made from the shipped one ({@link Repo#shippedConfig()}) for one end-to-end test.
 */
final class ShippedConfig {
  private ShippedConfig() {}

  /**
   * The shipped YAML files copied to {@code dir}, {@code rules.yaml} replaced by {@code rules} and
   * {@code templates} (entries indented under {@code templates:}) appended to sms_templates.yaml.
   */
  static Path withRules(Path dir, String rules, String templates) throws IOException {
    copy(dir);
    Files.writeString(dir.resolve("rules.yaml"), rules, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("sms_templates.yaml"),
        templates,
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    return dir;
  }

  /**
   * The shipped YAML files copied to {@code dir}, the shipped rules without their file-wide quiet
   * hours (21:00-08:00), so that a test of what a confirmation leads to runs the same at any hour.
   */
  static Path withoutQuietHours(Path dir) throws IOException {
    copy(dir);
    Path rules = dir.resolve("rules.yaml");
    String shipped = Files.readString(rules, StandardCharsets.UTF_8);
    String quiet = "quiet_hours:\n  start: \"21:00\"\n  end: \"08:00\"\n";
    if (!shipped.contains(quiet)) {
      throw new AssertionError("the shipped rules.yaml no longer holds " + quiet);
    }
    Files.writeString(rules, shipped.replace(quiet, ""), StandardCharsets.UTF_8);
    return dir;
  }

  private static void copy(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(Repo.shippedConfig())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }
}
