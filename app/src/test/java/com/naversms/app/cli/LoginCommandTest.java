package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.naver.JsonFileSessionStore;
import com.naversms.simulator.Simulator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `naver-sms login` with real Chromium against the simulated Naver. */
class LoginCommandTest {
  @TempDir Path temp;

  @Test
  void signsInAndStoresTheSession() {
    try (Simulator sim = Simulator.start()) {
      CliRun run =
          CliRun.of(
              "login",
              "--naver-base",
              sim.baseUrl(),
              "--username",
              "demo-user",
              "--password",
              "demo-pass",
              "--state-dir",
              temp.toString());

      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out()).contains("signed in");
      assertThat(new JsonFileSessionStore(temp.resolve("session.json")).load()).isPresent();
      assertThat(sim.naver().loginCount()).isEqualTo(1);
    }
  }

  @Test
  void failedSignInExitsOneAndSaysWhereTheScreenshotIs() {
    try (Simulator sim = Simulator.start()) {
      sim.naver().refuseLogins(true);

      CliRun run =
          CliRun.of(
              "login",
              "--naver-base",
              sim.baseUrl(),
              "--username",
              "demo-user",
              "--password",
              "demo-pass",
              "--state-dir",
              temp.toString());

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).contains("captcha", "diagnostics").doesNotContain("demo-pass");
      assertThat(temp.resolve("session.json")).doesNotExist();
    }
  }
}
