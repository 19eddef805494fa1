package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 items 3 and 4 from outside: a store the account cannot see (403) fails alone and never
 * signs in; expired sessions sign in once each; an undecided session check with a refused session
 * is a blocked sign-in, reported; {@code run --dry-run} signs in to nothing and writes nothing.
 */
class NaverSignInE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String HIDDEN_STORE = "1000009"; // configured, not this account's: 403

  @Test
  void aStoreTheAccountCannotSee_failsAlone_andOneLoginServesThreeRuns(@TempDir Path work)
      throws IOException {
    Path config = withHiddenStore(work.resolve("config"));
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Map<String, String> env = sim.env(Map.of("NAVER_SMS_CONFIG_DIR", config.toString()));
      String[] phones = {"01000000301", "01000000302", "01000000303"};
      String[] stores = {"1000001", "1000002", "1000003"};
      for (int run = 0; run < 3; run++) {
        control.addBooking(stores[run], "하예시", phones[run], ConfigFolderE2ETest.inNinetyMinutes());

        Result r =
            (run == 0
                    ? Product.run(env, work, RUN_TIMEOUT, "run", "--init-state")
                    : Product.run(env, work, RUN_TIMEOUT, "run"))
                .assertExit(1)
                .assertNoFullPhone();

        assertThat(control.sensAcceptedTo(phones[run])).as("run " + run).isNotEmpty();
        assertThat(r.stderr())
            .contains("\"action_type\":\"fetch_bookings\"")
            .contains("\"store_id\":\"" + HIDDEN_STORE + "\"")
            .contains("\"error_type\":\"store_access_denied\"");
        assertThat(r.stdout()).contains("store " + HIDDEN_STORE + " not fetched");
        assertThat(control.telegram().getLast().path("text").asText())
            .contains("매장 조회 실패 1곳: " + HIDDEN_STORE);
        assertThat(control.logins()).as("logins after run " + run).isEqualTo(1);
      }
    }
  }

  @Test
  void dryRunSignsInToNothing_expiredSessionsSignInOnce_andAnUndecidedCheckIsRateLimited(
      @TempDir Path work) throws Exception {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Path state = Path.of(sim.env().get("SQLITE_PATH"));
      Map<String, String> env = sim.env(Map.of("NAVER_SMS_CONFIG_DIR", Repo.config().toString()));
      control.addBooking("1000001", "두예시", "01000000311", ConfigFolderE2ETest.inNinetyMinutes());

      // (c) no stored session, no state file: exit 2, nothing created, no login, nothing sent
      Result none =
          Product.run(env, work, RUN_TIMEOUT, "run", "--dry-run", "--init-state").assertExit(2);
      assertThat(none.stdout() + none.stderr()).contains("no stored Naver session", "--login");
      assertThat(state).doesNotExist();
      assertThat(control.logins()).isZero();
      assertThat(control.sensAccepted()).isEmpty();

      Product.run(env, work, RUN_TIMEOUT, "run", "--init-state").assertExit(0);
      assertThat(control.logins()).isEqualTo(1);
      int sent = control.sensAccepted().size();
      control.addBooking("1000002", "세예시", "01000000312", ConfigFolderE2ETest.inNinetyMinutes());

      // (c) a valid stored session: the plan, no login, nothing sent, the state unchanged
      Map<String, String> before = digests(state.getParent());
      Result dry =
          Product.run(env, work, RUN_TIMEOUT, "run", "--dry-run").assertExit(0).assertNoFullPhone();
      // the plan as a masked table (issue 12 item 5): the full values are plan --format json's
      assertThat(dry.stdout()).contains("send_sms", "1000002", "010-****-0312");
      assertThat(control.logins()).isEqualTo(1);
      assertThat(control.sensAccepted()).hasSize(sent);
      // the file itself unchanged; a read-only SQLite reader may leave an empty WAL and its index
      assertThat(digests(state.getParent())).containsAllEntriesOf(before);
      Path wal = Path.of(state + "-wal");
      if (Files.exists(wal)) {
        assertThat(Files.size(wal)).as("nothing written to the WAL").isZero();
      }

      // (c) the stored session expired: a dry run stops (exit 2), --login may sign in
      control.expireSessions();
      Product.run(env, work, RUN_TIMEOUT, "run", "--dry-run").assertExit(2);
      assertThat(control.logins()).isEqualTo(1);
      Product.run(env, work, RUN_TIMEOUT, "run", "--dry-run", "--login").assertExit(0);
      assertThat(control.logins()).isEqualTo(2);
      assertThat(control.sensAccepted()).hasSize(sent);

      // (b) expired right after a sign-in: the check fails, so the sign-in is allowed, once
      control.expireSessions();
      Product.run(env, work, RUN_TIMEOUT, "run").assertExit(0);
      assertThat(control.logins()).isEqualTo(3);

      // (b) the partner API refuses and the check cannot tell: within 2 hours, blocked, reported
      control.expireSessions();
      control.fault("naver.session-check", 503, 50);
      Result blocked = Product.run(env, work, RUN_TIMEOUT, "run").assertExit(1);
      assertThat(control.logins()).isEqualTo(3);
      assertThat(blocked.stderr())
          .contains("\"error_type\":\"login_rate_limited\"", "\"LoginsBlocked\":1");
      assertThat(control.telegram())
          .extracting(m -> m.path("text").asText())
          .anySatisfy(t -> assertThat(t).contains("네이버 재로그인 보류"));

      // with the limit off the same situation signs in
      Map<String, String> unlimited = new TreeMap<>(env);
      unlimited.put("LOGIN_MIN_INTERVAL_MINUTES", "0");
      Product.run(unlimited, work, RUN_TIMEOUT, "run").assertExit(0);
      assertThat(control.logins()).isEqualTo(4);
    }
  }

  private static Path withHiddenStore(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(Repo.config())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(
        dir.resolve("stores.yaml"),
        Files.readString(dir.resolve("stores.yaml")).stripTrailing()
            + "\n  \""
            + HIDDEN_STORE
            + "\":\n    name: \"예시스튜디오 권한없음점\"\n    alias: \"권한없음점\"\n"
            + "    fromNumber: \"01000000001\"\n    templates:\n      guide: \"1000001\"\n");
    return dir;
  }

  /** Every file of the state folder (the database and any WAL/SHM beside it) by content. */
  private static Map<String, String> digests(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        out.put(f.getFileName().toString(), HexFormat.of().formatHex(sha));
      }
    }
    return out;
  }
}
