package com.naversms.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.app.settings.AppSettings;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code SIMULATOR_PLAN_AT}: the cycle's planning instant, accepted against the simulator only. */
class SimulatorPlanAtSettingTest {
  private static final Map<String, String> SIMULATOR =
      Map.of(
          "NAVER_BASE_URL", "http://127.0.0.1:8899",
          "SENS_BASE_URL", "http://localhost:8899",
          "TELEGRAM_BASE_URL", "http://[::1]:8899");

  @Test
  void unset_cyclesPlanAtTheClocksInstant() {
    AppSettings settings = AppSettings.fromEnvironment(SIMULATOR);

    assertThat(settings.cycle().planningAt()).isEmpty();
    Instant clock = Instant.parse("2026-12-04T10:00:00Z");
    assertThat(settings.cycle().planningInstant(clock)).isEqualTo(clock);
  }

  @Test
  void everyEndpointOnLoopback_everyCyclePlansAtTheGivenInstant() {
    AppSettings settings =
        AppSettings.fromEnvironment(with("SIMULATOR_PLAN_AT", "2026-12-05T01:40:00+09:00"));

    Instant at = Instant.parse("2026-12-04T16:40:00Z");
    assertThat(settings.cycle().planningInstant(Instant.now())).isEqualTo(at);
    assertThat(settings.cycle().withDryRun(true).withSendConcurrency(1).planningAt()).contains(at);
  }

  @Test
  void anEndpointNotOnLoopback_isRefusedNamingItsVariable() {
    Map<String, String> env = with("SIMULATOR_PLAN_AT", "2026-12-05T01:40:00+09:00");
    env.remove("SENS_BASE_URL");

    assertThatThrownBy(() -> AppSettings.fromEnvironment(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "SIMULATOR_PLAN_AT is for runs against the simulator only: SENS_BASE_URL points at"
                + " https://sens.apigw.ntruss.com, not a loopback address (set SENS_BASE_URL to"
                + " the simulator, or unset SIMULATOR_PLAN_AT)");

    env.put("SENS_BASE_URL", "http://127.0.0.1.example.com:8899");
    assertThatThrownBy(() -> AppSettings.fromEnvironment(env))
        .hasMessageContaining("SENS_BASE_URL");
    env.put("SENS_BASE_URL", "http://127.0.0.1:8899");
    env.remove("NAVER_BASE_URL");
    assertThatThrownBy(() -> AppSettings.fromEnvironment(env))
        .hasMessageContaining("NAVER_BASE_URL points at https://nid.naver.com");
  }

  @Test
  void inTheCycleFunction_isRefused() {
    Map<String, String> env = with("SIMULATOR_PLAN_AT", "2026-12-05T01:40:00+09:00");
    env.put("AWS_LAMBDA_FUNCTION_NAME", "naver-sms-cycle");

    assertThatThrownBy(() -> AppSettings.fromEnvironment(env))
        .hasMessage(
            "SIMULATOR_PLAN_AT is refused in the cycle function: it is for runs against the"
                + " simulator only");
  }

  @Test
  void aTimeWithoutOffset_isRefusedNamingTheVariable() {
    assertThatThrownBy(
            () -> AppSettings.fromEnvironment(with("SIMULATOR_PLAN_AT", "2026-12-05 01:40")))
        .hasMessage(
            "SIMULATOR_PLAN_AT=2026-12-05 01:40: expected an ISO-8601 time with offset, e.g."
                + " 2026-12-05T01:40:00+09:00");
  }

  private static Map<String, String> with(String name, String value) {
    Map<String, String> env = new HashMap<>(SIMULATOR);
    env.put(name, value);
    return env;
  }
}
