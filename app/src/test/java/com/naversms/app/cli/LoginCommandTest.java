package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.sqlite.SqliteDatabase;
import com.naversms.adapters.sqlite.SqliteSessionStore;
import com.naversms.core.session.SessionCookies;
import com.naversms.simulator.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
              "--secrets-file",
              secrets().toString(),
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
              "--secrets-file",
              secrets().toString(),
              "--sqlite",
              temp.resolve("state.db").toString());

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).contains("captcha", "diagnostics").doesNotContain("demo-pass");
      assertThat(sessionIn(temp.resolve("state.db"))).isEmpty();
    }
  }

  @Test
  void aPasswordOnTheCommandLine_isRefused_withTheReason() {
    for (String[] args :
        new String[][] {
          {"login", "--password", "x"},
          {"login", "--username", "demo-user", "--password=x"},
          {"login", "--password"}
        }) {
      CliRun run = CliRun.of(append(args, "--sqlite", temp.resolve("state.db").toString()));

      assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).contains("--password is refused", "shell history", "ps", "prompt");
      assertThat(temp.resolve("state.db")).doesNotExist();
    }
  }

  @Test
  void aUsernameWithoutATerminal_isBadUsage_namingTheSecrets() {
    CliRun run =
        CliRun.of(
            "login", "--username", "demo-user", "--sqlite", temp.resolve("state.db").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no terminal to ask the password", "secrets");
  }

  private Path secrets() {
    Path file = temp.resolve("secrets.json");
    try {
      Files.writeString(
          file,
          "{\"naver-sms-automation/naver-credentials\":"
              + " {\"username\": \"demo-user\", \"password\": \"demo-pass\"}}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static String[] append(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  static Optional<SessionCookies> sessionIn(Path file) {
    try (SqliteDatabase db = SqliteDatabase.open(file)) {
      return new SqliteSessionStore(db).load();
    }
  }
}
