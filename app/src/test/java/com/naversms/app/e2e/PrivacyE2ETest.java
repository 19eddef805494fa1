package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 items 5 and 9 from outside: what {@code run} and {@code run --dry-run} print holds no
 * full phone and no name; every file the product creates with customers' data, the session or a
 * failed sign-in's page is owner-only under umask 022; one run is one {@code request_id}, the
 * session check and the browser sign-in included; {@code login --password} is refused.
 */
class PrivacyE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OWNER_FILE = "rw-------";
  private static final String OWNER_FOLDER = "rwx------";

  @Test
  void runAndDryRun_printNoFullPhoneNorName_andEachRunIsOneRequestId(@TempDir Path work)
      throws IOException {
    Path state = work.resolve("st/naver-sms/state.db");
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Map<String, String> env =
          sim.env(
              Map.of(
                  "SQLITE_PATH", state.toString(),
                  "NAVER_SMS_CONFIG_DIR", Repo.config().toString()));
      control.addBooking("1000001", "한예시", "01000000401", ConfigFolderE2ETest.inNinetyMinutes());

      Result live = umask022(env, work, "run --init-state").assertExit(0);
      assertThat(control.sensAcceptedTo("01000000401")).as(live.describe()).isNotEmpty();
      assertNoPersonalData(live, "한예시");
      List<JsonNode> liveLines = logLines(live.stderr());
      assertThat(liveLines)
          .as("the browser sign-in is logged in the run")
          .anySatisfy(l -> assertThat(l.path("message").asText()).contains("signed in to Naver"));
      assertOneRequestId(liveLines, live);

      control.addBooking("1000002", "두예시", "01000000402", ConfigFolderE2ETest.inNinetyMinutes());
      Result dry = umask022(env, work, "run --dry-run").assertExit(0);
      assertNoPersonalData(dry, "두예시");
      assertThat(dry.stdout()).as(dry.describe()).contains("send_sms", "010-****-0402");
      List<JsonNode> dryLines = logLines(dry.stderr());
      assertThat(dryLines)
          .as("the session check is logged in the run")
          .anySatisfy(l -> assertThat(l.path("message").asText()).contains("session reused"));
      assertOneRequestId(dryLines, dry);
      assertThat(control.sensAcceptedTo("01000000402")).isEmpty();

      assertThat(mode(state)).isEqualTo(OWNER_FILE);
      assertThat(mode(state.getParent())).isEqualTo(OWNER_FOLDER);
      assertThat(mode(work.resolve("st"))).isEqualTo(OWNER_FOLDER);
    }
  }

  @Test
  void underUmask022_theStateItsWalAndShm_andLoginDiagnostics_areOwnerOnly(@TempDir Path work)
      throws Exception {
    Path state = work.resolve("st/naver-sms/state.db");
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Map<String, String> env =
          sim.env(
              Map.of(
                  "SQLITE_PATH", state.toString(),
                  "NAVER_SMS_CONFIG_DIR", Repo.config().toString()));

      // a wrong password: the sign-in fails and leaves its screenshot and page beside the state
      String wrong = "wrong-pass-7731";
      Result failed =
          umask022(withWrongPassword(env, wrong), work, "run --init-state").assertExit(1);
      Path diagnostics = state.getParent().resolve("login-diagnostics");
      assertThat(failed.stderr()).as(failed.describe()).contains("diagnostics in " + diagnostics);
      assertThat(control.logins()).isZero();
      List<Path> saved = tree(diagnostics);
      assertThat(saved)
          .as("screenshot, page, URL and reason")
          .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("page.html"))
          .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("screenshot.png"));
      for (Path p : saved) {
        assertThat(mode(p))
            .as(p.toString())
            .isEqualTo(Files.isDirectory(p) ? OWNER_FOLDER : OWNER_FILE);
        if (p.getFileName().toString().equals("page.html")) {
          assertThat(Files.readString(p)).doesNotContain(wrong);
        }
      }

      // a daemon holds the state open: SQLite's -wal and -shm exist, owner-only like the file
      Path pidFile = work.resolve("daemon.pid");
      CompletableFuture<Result> daemon =
          CompletableFuture.supplyAsync(() ->
              Product.shell(
                  env,
                  work,
                  RUN_TIMEOUT,
                  "umask 022 && echo $$ > "
                      + pidFile
                      + " && exec \"$NAVER_SMS\" daemon --first-cycle-now --every-seconds 3600"));
      Path wal = Path.of(state + "-wal");
      Path shm = Path.of(state + "-shm");
      try {
        awaitFiles(Duration.ofMinutes(2), daemon, wal, shm);
        assertThat(mode(state)).isEqualTo(OWNER_FILE);
        assertThat(mode(wal)).isEqualTo(OWNER_FILE);
        assertThat(mode(shm)).isEqualTo(OWNER_FILE);
      } finally {
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy); // SIGTERM: the daemon stops
      }
      Result stopped = daemon.get();
      OutputScan.assertNoFullPhone("daemon stdout", stopped.stdout());
      OutputScan.assertNoFullPhone("daemon stderr", stopped.stderr());
    }
  }

  @Test
  void loginRefusesAPasswordOnTheCommandLine(@TempDir Path work) {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      Map<String, String> env = sim.env(Map.of("SQLITE_PATH", work.resolve("state.db").toString()));

      Result refused =
          Product.run(env, work, RUN_TIMEOUT, "login", "--password", "demo-pass").assertExit(2);

      assertThat(refused.stderr())
          .contains("--password is refused", "shell history", "'ps'", "prompt");
      assertThat(sim.control().logins()).isZero();
      assertThat(work.resolve("state.db")).doesNotExist();
    }
  }

  private static Result umask022(Map<String, String> env, Path work, String args) {
    return Product.shell(env, work, RUN_TIMEOUT, "umask 022 && exec \"$NAVER_SMS\" " + args);
  }

  private static Map<String, String> withWrongPassword(Map<String, String> env, String password) {
    Map<String, String> copy = new java.util.LinkedHashMap<>(env);
    copy.put("NAVER_PASSWORD", password);
    return copy;
  }

  /** No full phone (OutputScan) and not the customer's name, on either output. */
  private static void assertNoPersonalData(Result r, String name) {
    r.assertNoFullPhone();
    assertThat(r.stdout()).as("stdout\n" + r.describe()).doesNotContain(name);
    assertThat(r.stderr()).as("stderr\n" + r.describe()).doesNotContain(name);
  }

  /** The JSON log lines (EMF metric documents, which carry no message, left out). */
  private static List<JsonNode> logLines(String stderr) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : stderr.lines().toList()) {
      if (line.startsWith("{")) {
        JsonNode json = JSON.readTree(line);
        if (json.has("message")) {
          lines.add(json);
        }
      }
    }
    return lines;
  }

  private static void assertOneRequestId(List<JsonNode> lines, Result r) {
    Set<String> ids = new TreeSet<>();
    lines.forEach(l -> ids.add(l.path("request_id").asText("(none)")));
    assertThat(ids).as("request ids of one run\n" + r.describe()).hasSize(1);
    assertThat(r.stdout()).contains("cycle " + ids.iterator().next());
  }

  private static void awaitFiles(Duration timeout, CompletableFuture<Result> daemon, Path... files)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (Stream.of(files).anyMatch(f -> !Files.exists(f))) {
      if (daemon.isDone()) {
        throw new AssertionError("the daemon ended early:\n" + daemon.join().describe());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + List.of(files) + " after " + timeout);
      }
      Thread.sleep(100);
    }
  }

  private static List<Path> tree(Path dir) throws IOException {
    assertThat(dir).isDirectory();
    try (Stream<Path> all = Files.walk(dir)) {
      return all.toList();
    }
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
