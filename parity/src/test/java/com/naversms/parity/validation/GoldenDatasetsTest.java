package com.naversms.parity.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.core.input.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenDatasetsTest {
  static final Path SHIPPED = Path.of("..", "validation", "datasets");

  @Test
  void theShippedDatasetsRead_everyScenarioWithItsBookingsAndExpectations() {
    Dataset d = GoldenDatasets.dataset(SHIPPED);
    assertThat(d.scenarioFiles()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(d.config()).isNotNull();
    assertThat(d.coveredElsewhere()).anySatisfy(c -> assertThat(c).contains("cookies"));
    for (Path file : d.scenarioFiles()) {
      Scenario s = GoldenDatasets.scenario(file);
      assertThat(s.bookings()).as(s.name()).isNotEmpty();
      if (s.expectedProblems() == null) {
        assertThat(s.inputProblems()).as(s.name()).isEmpty();
      }
    }
  }

  @Test
  void theBatchScenarioHoldsFiftyBookings() {
    Scenario s = GoldenDatasets.scenario(SHIPPED.resolve("scenarios/18-batch-50.json"));
    assertThat(s.bookings()).hasSize(50);
    assertThat(s.expectedCounts()).containsEntry("send_sms", 50);
    assertThat(s.exhaustive()).isFalse();
  }

  @Test
  void aMissingScenarioFileIsNamedWithTheManifestLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("manifest.yaml"), "name: x\nscenarios:\n  - nope.yaml\n");
    assertThatThrownBy(() -> GoldenDatasets.dataset(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("manifest.yaml:2")
        .hasMessageContaining("scenario file not found")
        .hasMessageContaining("nope.yaml");
  }

  @Test
  void aScenarioWithoutInstantNamesTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "name: s\nbookings: []\n");
    assertThatThrownBy(() -> GoldenDatasets.scenario(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("s.yaml")
        .hasMessageContaining("at: missing");
  }

  @Test
  void aBadInstantNamesKeyAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "name: s\nbookings: []\nat: \"tomorrow\"\n");
    assertThatThrownBy(() -> GoldenDatasets.scenario(f))
        .hasMessageContaining("s.yaml:3: at: expected an ISO-8601 instant");
  }

  @Test
  void noManifest_isSaidPlainly(@TempDir Path dir) {
    assertThatThrownBy(() -> GoldenDatasets.dataset(dir))
        .hasMessageContaining("no manifest.yaml or manifest.json");
  }
}
