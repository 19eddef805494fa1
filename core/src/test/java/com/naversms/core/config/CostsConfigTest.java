package com.naversms.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.cost.Billed;
import com.naversms.core.cost.CostTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code costs.yaml}: the defaults without the file, and a partial file. The fixtures {@code
 * config-invalid/costs-*} with their exact errors run in {@link InvalidConfigTest}.
 */
class CostsConfigTest {
  @TempDir Path dir;

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
    InvalidConfigTest.copyYaml(from, dir);
  }
}
