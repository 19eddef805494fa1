package com.naversms.adapters.sens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryModeTest {

  @Test
  void deliveryIsOffUnlessExplicitlyEnabled() {
    assertThat(DeliveryMode.fromEnvironment(Map.of())).isEqualTo(DeliveryMode.DISABLED);
    assertThat(DeliveryMode.fromEnvironment(Map.of("SENS_DELIVERY_ENABLED", "yes")))
        .isEqualTo(DeliveryMode.DISABLED);
    assertThat(DeliveryMode.fromEnvironment(Map.of("SENS_DELIVERY_ENABLED", "true")))
        .isEqualTo(DeliveryMode.LIVE);
  }

  @Test
  void comparisonMode_winsOverEnabledDelivery() {
    assertThat(
            DeliveryMode.fromEnvironment(
                Map.of("SENS_DELIVERY_ENABLED", "true", "COMPARISON_MODE_ENABLED", "true")))
        .isEqualTo(DeliveryMode.COMPARISON);
  }

  @Test
  void ci_blocksUnlessAllowed() {
    assertThat(DeliveryMode.fromEnvironment(Map.of("SENS_DELIVERY_ENABLED", "true", "CI", "true")))
        .isEqualTo(DeliveryMode.CI_BLOCKED);
    assertThat(
            DeliveryMode.fromEnvironment(
                Map.of(
                    "SENS_DELIVERY_ENABLED", "true",
                    "GITHUB_ACTIONS", "true",
                    "ALLOW_SENS_IN_CI", "true")))
        .isEqualTo(DeliveryMode.LIVE);
  }
}
