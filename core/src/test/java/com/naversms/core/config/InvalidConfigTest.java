package com.naversms.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.naversms.core.input.ConfigError;
import com.naversms.core.input.ConfigException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each folder under {@code config-invalid/} holds the files that differ from {@code _base/} (a
 * valid config) and {@code expected-errors.txt}: the exact errors loading must report, in order.
 */
class InvalidConfigTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-condition-type",
        "unknown-action-type",
        "mistyped-param",
        "unknown-param",
        "unknown-template-variable",
        "template-syntax-error",
        "store-missing-guide",
        "template-over-2000-bytes",
        "emoji-in-template",
        "duplicate-key",
        "send-sms-unknown-template",
        "errors-in-several-files",
        "time-before-bounds",
        "time-after-end-bounds",
        "biz-item-names",
        "advertising-label-variant",
        "advertising-without-label",
        "advertising-without-opt-out",
        "quiet-hours-invalid",
        "costs-prices",
        "costs-keys"
      })
  void invalidConfig_isRefusedWithTheExactErrors(String name) throws Exception {
    Path fixtures = resource("config-invalid");
    copyFiles(fixtures.resolve("_base"));
    copyFiles(fixtures.resolve(name));
    List<String> expected =
        Files.readAllLines(
                fixtures.resolve(name).resolve("expected-errors.txt"), StandardCharsets.UTF_8)
            .stream()
            .filter(l -> !l.isBlank())
            .toList();

    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(dir));

    assertThat(e).as("loading %s must fail", name).isNotNull();
    assertThat(e.errors()).extracting(ConfigError::toString).containsExactlyElementsOf(expected);
  }

  private void copyFiles(Path from) throws IOException {
    copyYaml(from, dir);
  }

  /** The YAML files of fixture folder {@code from} into {@code to}, replacing files there. */
  static void copyYaml(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(InvalidConfigTest.class.getClassLoader().getResource(name).toURI());
  }
}
