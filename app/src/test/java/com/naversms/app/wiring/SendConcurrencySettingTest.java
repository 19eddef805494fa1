package com.naversms.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.app.settings.AppSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SendConcurrencySettingTest {

  @Test
  void withoutTheVariable_thirtyTwoBookingsRunAtOnce() {
    AppSettings settings = AppSettings.fromEnvironment(Map.of());

    assertThat(settings.cycle().sendConcurrency()).isEqualTo(32);
    assertThat(settings.cycle().execution().sendConcurrency()).isEqualTo(32);
  }

  @Test
  void one_runsThePlanOneActionAfterAnother() {
    AppSettings settings = AppSettings.fromEnvironment(Map.of("SEND_CONCURRENCY", "1"));

    assertThat(settings.cycle().execution().sendConcurrency()).isEqualTo(1);
    assertThat(settings.cycle().withDryRun(true).sendConcurrency()).isEqualTo(1);
  }

  @Test
  void aValueOutsideOneToHundred_isRefusedNamingTheVariable() {
    assertThatThrownBy(() -> AppSettings.fromEnvironment(Map.of("SEND_CONCURRENCY", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SEND_CONCURRENCY=0: must be between 1 and 100");
    assertThatThrownBy(() -> AppSettings.fromEnvironment(Map.of("SEND_CONCURRENCY", "lots")))
        .hasMessage("SEND_CONCURRENCY=lots: not a whole number");
  }
}
