package com.naversms.app.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/** A config folder made from the shipped one ({@link Repo#config()}) for one end-to-end test. */
final class ShippedConfig {
  private ShippedConfig() {}

  /**
   * The shipped YAML files copied to {@code dir}, {@code rules.yaml} replaced by {@code rules} and
   * {@code templates} (entries indented under {@code templates:}) appended to sms_templates.yaml.
   */
  static Path withRules(Path dir, String rules, String templates) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(Repo.config())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("rules.yaml"), rules, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("sms_templates.yaml"),
        templates,
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    return dir;
  }
}
