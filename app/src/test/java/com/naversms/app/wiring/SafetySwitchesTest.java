package com.naversms.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.app.settings.AppSettings;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11 item 10: a switch that suppresses sending never fails open. */
class SafetySwitchesTest {

  @ParameterizedTest
  @ValueSource(strings = {"1", "yes", "on", "TRUE", "Yes"})
  void comparisonMode_anyYesWord_isComparison(String yes) {
    assertThat(AppSettings.fromEnvironment(Map.of("COMPARISON_MODE", yes)).cycle().comparisonMode())
        .isTrue();
    assertThat(
            AppSettings.fromEnvironment(Map.of("COMPARISON_MODE_ENABLED", yes))
                .cycle()
                .comparisonMode())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "yes", "on", "TRUE"})
  void dryRun_anyYesWord_isDryRun(String yes) {
    assertThat(AppSettings.fromEnvironment(Map.of("DRY_RUN", yes)).cycle().suppressed()).isTrue();
  }

  @Test
  void offWords_areOff() {
    AppSettings s =
        AppSettings.fromEnvironment(
            Map.of("COMPARISON_MODE", "off", "COMPARISON_MODE_ENABLED", "0", "DRY_RUN", "no"));
    assertThat(s.cycle().suppressed()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "COMPARISON_MODE",
        "COMPARISON_MODE_ENABLED",
        "DRY_RUN",
        "SENS_DELIVERY_ENABLED",
        "ALLOW_SENS_IN_CI"
      })
  void anUnreadableSwitch_stopsTheStart_namingIt(String name) {
    Map<String, String> env = new HashMap<>(Map.of("SENS_DELIVERY_ENABLED", "true"));
    env.put(name, "maybe");
    assertThatThrownBy(() -> AppSettings.fromEnvironment(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + "=maybe: not a yes/no value");
  }
}
