package com.naversms.adapters.sens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryModeTest {

  @Test
  void deliveryIsOffUnlessExplicitlyEnabled() {
    assertThat(DeliveryMode.fromEnvironment(Map.of())).isEqualTo(DeliveryMode.DISABLED);
    assertThat(DeliveryMode.fromEnvironment(Map.of("SENS_DELIVERY_ENABLED", "no")))
        .isEqualTo(DeliveryMode.DISABLED);
    assertThat(DeliveryMode.fromEnvironment(Map.of("SENS_DELIVERY_ENABLED", "true")))
        .isEqualTo(DeliveryMode.LIVE);
  }

  // issue 11 item 10: every yes/no word is read (it was "true" only: "yes" read as off)
  @Test
  void everyYesWord_enablesDelivery() {
    assertThat(DeliveryMode.fromEnvironment(Map.of("SENS_DELIVERY_ENABLED", "yes")))
        .isEqualTo(DeliveryMode.LIVE);
    assertThat(DeliveryMode.fromEnvironment(Map.of("SENS_DELIVERY_ENABLED", "ON")))
        .isEqualTo(DeliveryMode.LIVE);
  }

  @Test
  void comparisonMode_inAnyYesWord_suppresses() {
    for (String name : new String[] {"COMPARISON_MODE", "COMPARISON_MODE_ENABLED"}) {
      for (String yes : new String[] {"1", "yes", "on", "TRUE"}) {
        assertThat(DeliveryMode.fromEnvironment(Map.of("SENS_DELIVERY_ENABLED", "true", name, yes)))
            .as(name + "=" + yes)
            .isEqualTo(DeliveryMode.COMPARISON);
      }
    }
  }

  @Test
  void anUnreadableSwitch_isRefusedNamingIt() {
    assertThatThrownBy(() ->
            DeliveryMode.fromEnvironment(
                Map.of("SENS_DELIVERY_ENABLED", "true", "COMPARISON_MODE_ENABLED", "maybe")))
        .hasMessageStartingWith("COMPARISON_MODE_ENABLED=maybe");
    assertThatThrownBy(
            () -> DeliveryMode.fromEnvironment(Map.of("SENS_DELIVERY_ENABLED", "enabled")))
        .hasMessageStartingWith("SENS_DELIVERY_ENABLED=enabled");
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
