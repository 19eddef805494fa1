package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.sqlite.SqliteDatabase;
import com.naversms.adapters.sqlite.SqliteSessionStore;
import com.naversms.core.session.SessionCookies;
import com.naversms.simulator.Simulator;
import java.nio.file.Path;
import java.util.Optional;
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
              "--sqlite",
              temp.resolve("state.db").toString());

      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out()).contains("signed in");
      assertThat(sessionIn(temp.resolve("state.db"))).isPresent();
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
              "--sqlite",
              temp.resolve("state.db").toString());

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).contains("captcha", "diagnostics").doesNotContain("demo-pass");
      assertThat(sessionIn(temp.resolve("state.db"))).isEmpty();
    }
  }

  @Test
  void aPasswordWithoutAUsernameIsBadUsage() {
    CliRun run =
        CliRun.of("login", "--password", "x", "--sqlite", temp.resolve("state.db").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--username");
  }

  static Optional<SessionCookies> sessionIn(Path file) {
    try (SqliteDatabase db = SqliteDatabase.open(file)) {
      return new SqliteSessionStore(db).load();
    }
  }
}
