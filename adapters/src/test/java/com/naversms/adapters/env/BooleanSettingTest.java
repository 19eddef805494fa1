package com.naversms.adapters.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanSettingTest {

  @ParameterizedTest
  @ValueSource(strings = {"true", "TRUE", "True", "1", "yes", "YES", "on", "On", " on "})
  void onWords_readAsTrue(String value) {
    assertThat(BooleanSetting.read(Map.of("DRY_RUN", value), "DRY_RUN", false)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "FALSE", "0", "no", "No", "off", "OFF"})
  void offWords_readAsFalse(String value) {
    assertThat(BooleanSetting.read(Map.of("DRY_RUN", value), "DRY_RUN", true)).isFalse();
  }

  @Test
  void absentOrBlank_isTheFallback() {
    assertThat(BooleanSetting.read(Map.of(), "DRY_RUN", true)).isTrue();
    assertThat(BooleanSetting.read(Map.of("DRY_RUN", "  "), "DRY_RUN", false)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "2", "y", "enabled", "truee", "t"})
  void anythingElse_isRefusedNamingTheVariable(String value) {
    assertThatThrownBy(
            () -> BooleanSetting.read(Map.of("COMPARISON_MODE", value), "COMPARISON_MODE", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("COMPARISON_MODE=" + value + ": not a yes/no value")
        .hasMessageContaining("true/false, 1/0, yes/no, on/off");
  }

  @Test
  void ciMarker_isOnForAnyValueButAnOffWord() {
    assertThat(BooleanSetting.marker(Map.of(), "CI")).isFalse();
    assertThat(BooleanSetting.marker(Map.of("CI", "false"), "CI")).isFalse();
    assertThat(BooleanSetting.marker(Map.of("CI", "1"), "CI")).isTrue();
    assertThat(BooleanSetting.marker(Map.of("CI", "woodpecker"), "CI")).isTrue();
  }
}
