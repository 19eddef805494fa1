package com.naversms.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.naversms.core.cost.Billed;
import com.naversms.core.cost.CostTable;
import com.naversms.core.input.ConfigError;
import com.naversms.core.input.ConfigException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code costs.yaml}: the fixtures {@code config-invalid/costs-*} (over {@code _base}) with the
 * exact errors they must produce, the defaults without the file, and a partial file.
 */
class CostsConfigTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"costs-prices", "costs-keys"})
  void invalidCosts_areRefusedWithTheExactErrors(String name) throws Exception {
    Path fixtures = InvalidConfigTest.resource("config-invalid");
    copy(fixtures.resolve("_base"));
    copy(fixtures.resolve(name));
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

  @Test
  void noCostsFile_theNcpListPricesApply() throws Exception {
    copy(InvalidConfigTest.resource("config-invalid").resolve("_base"));

    CostTable costs = ConfigLoader.load(dir).costs();

    assertThat(costs).isEqualTo(CostTable.DEFAULTS);
    assertThat(costs.price(Billed.SMS)).isEqualByComparingTo("9");
    assertThat(costs.price(Billed.LMS)).isEqualByComparingTo("30");
    assertThat(costs.price(Billed.MMS)).isEqualByComparingTo("100");
    assertThat(costs.price(Billed.ALIMTALK)).isEqualByComparingTo("7.5");
  }

  @Test
  void partialCostsFile_overridesItsPricesAndKeepsTheOthers() throws Exception {
    copy(InvalidConfigTest.resource("config-invalid").resolve("_base"));
    Files.writeString(
        dir.resolve("costs.yaml"),
        """
        krw_per_message:
          lms: 27.5
          alimtalk: 6
        as_of: "2026-11-30"
        """);

    CostTable costs = ConfigLoader.load(dir).costs();

    assertThat(costs.price(Billed.LMS)).isEqualByComparingTo("27.5");
    assertThat(costs.price(Billed.ALIMTALK)).isEqualByComparingTo(new BigDecimal("6"));
    assertThat(costs.price(Billed.SMS)).isEqualByComparingTo("9");
    assertThat(costs.source()).isEqualTo("costs.yaml (prices as of 2026-11-30)");
  }

  private void copy(Path from) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
