package com.naversms.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorEnvTest {
  @Test
  void env_pointsEveryAdapterAndSecretAtTheSimulator() {
    try (Simulator sim = Simulator.start()) {
      Map<String, String> env =
          SimulatorEnv.of(
              sim, Path.of("/tmp/x/naver-sms.db"), Map.of("NAVER_SMS_CONFIG_DIR", "/c"));
      String base = sim.baseUrl();
      assertThat(env)
          .containsEntry("NAVER_BASE_URL", base)
          .containsEntry("SENS_BASE_URL", base)
          .containsEntry("TELEGRAM_BASE_URL", base)
          .containsEntry("SECRETS_SOURCE", "env")
          .containsEntry("NAVER_USERNAME", "demo-user")
          .containsEntry("NAVER_PASSWORD", "demo-pass")
          .containsEntry("SENS_ACCESS_KEY", "sim-access-key")
          .containsEntry("SENS_SECRET_KEY", "sim-secret-key")
          .containsEntry("SENS_SERVICE_ID", "ncp:sms:kr:000000000000:sim")
          .containsEntry("TELEGRAM_BOT_TOKEN", "000000:SIM-TOKEN")
          .containsEntry("TELEGRAM_CHAT_ID", "-1000000000001")
          .containsEntry("SLACK_WEBHOOK_URL", base + "/services/T000/B000/SIMHOOK")
          .containsEntry("SENS_DELIVERY_ENABLED", "true")
          .containsEntry("ALLOW_SENS_IN_CI", "true")
          .containsEntry("STATE_BACKEND", "sqlite")
          .containsEntry("SQLITE_PATH", "/tmp/x/naver-sms.db")
          .containsEntry("NAVER_SMS_CONFIG_DIR", "/c");
    }
  }

  @Test
  void values_areQuotedForTheShellWhenNeeded() {
    assertThat(SimulatorEnv.quote("http://127.0.0.1:8080/a-b_c"))
        .isEqualTo("http://127.0.0.1:8080/a-b_c");
    assertThat(SimulatorEnv.quote("/tmp/with space/x.db")).isEqualTo("'/tmp/with space/x.db'");
    assertThat(SimulatorEnv.quote("it's")).isEqualTo("'it'\\''s'");
    assertThat(SimulatorEnv.quote("$HOME")).isEqualTo("'$HOME'");
    assertThat(SimulatorEnv.exportLines(Map.of("A", "b c"))).containsExactly("export A='b c'");
  }

  @Test
  void banner_firstLineListens_thenOnlyExportsAndComments() {
    Standalone standalone = new Standalone(0, 1, List.of("1000001"), 0, Duration.ZERO);
    try (Simulator sim = standalone.start(Clock.systemUTC())) {
      List<String> lines =
          standalone
              .banner(sim, SimulatorEnv.of(sim, Path.of("/tmp/s.db"), Map.of()))
              .lines()
              .toList();
      assertThat(lines.get(0))
          .isEqualTo("naver-sms simulator listening on " + sim.baseUrl() + " (loopback only)");
      assertThat(lines.get(1)).startsWith("export ");
      assertThat(lines.subList(1, lines.size()))
          .allSatisfy(l -> assertThat(l).matches("export [A-Z_]+=\\S+|#.*"));
      assertThat(sim.naver().storeIds()).containsExactly("1000001");
    }
  }
}
