package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.s3.S3Folders;
import com.naversms.adapters.s3.S3Settings;
import com.naversms.simulator.s3.S3Sim;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Login evidence that survives (issue 14 item 5), with real Chromium against the simulator's login
 * page and a wrong password: self-hosted, the screenshot and the masked page land in {@code
 * login-diagnostics/} beside the state (owner-only); with {@code LOGIN_EVIDENCE_URI} they land in
 * S3 (the simulator's, SigV4 checked). Either way the ERROR line and the Telegram alert name where.
 */
class LoginEvidenceE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String WRONG = "wrong-pass-5512";

  @Test
  void selfHosted_evidenceBesideTheState_ownerOnly_namedByTheAlert(@TempDir Path work)
      throws Exception {
    Path state = work.resolve("st/state.db");
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      Map<String, String> env =
          sim.env(
              Map.of(
                  "SQLITE_PATH", state.toString(),
                  "NAVER_SMS_CONFIG_DIR", Repo.config().toString(),
                  "NAVER_PASSWORD", WRONG));
      String username = env.get("NAVER_USERNAME");

      Result failed =
          Product.run(env, work, RUN_TIMEOUT, "run", "--init-state")
              .assertExit(1)
              .assertNoFullPhone();

      String alert = loginAlert(sim.control());
      Path root = state.getParent().resolve("login-diagnostics");
      Matcher where = Pattern.compile("evidence: (\\S+login-failure-\\S+)").matcher(alert);
      assertThat(where.find()).as(alert).isTrue();
      Path dir = Path.of(where.group(1));
      assertThat(dir.getParent()).isEqualTo(root);
      assertThat(failed.stderr()).contains("diagnostics in " + dir);
      assertThat(dir.resolve("screenshot.png")).isNotEmptyFile();
      String page = Files.readString(dir.resolve("page.html"));
      assertThat(page).contains("log.login").doesNotContain(WRONG).doesNotContain(username);
      try (Stream<Path> saved = Files.walk(root)) {
        for (Path p : saved.toList()) {
          assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
              .as(p.toString())
              .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
        }
      }
      assertThat(failed.stdout() + failed.stderr() + alert).doesNotContain(WRONG);
    }
  }

  @Test
  void aws_evidenceInTheBucket_underTheKeyTheAlertNames(@TempDir Path work) throws Exception {
    Path state = work.resolve("st/state.db");
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      Map<String, String> s3 = new LinkedHashMap<>();
      s3.put("AWS_ENDPOINT_URL_S3", S3Sim.endpoint(sim.baseUrl()));
      s3.put("AWS_ACCESS_KEY_ID", S3Sim.DEFAULT_ACCESS_KEY);
      s3.put("AWS_SECRET_ACCESS_KEY", S3Sim.DEFAULT_SECRET_KEY);
      s3.put("AWS_REGION", "ap-northeast-2");
      Map<String, String> env = new LinkedHashMap<>(s3);
      env.put("SQLITE_PATH", state.toString());
      env.put("NAVER_SMS_CONFIG_DIR", Repo.config().toString());
      env.put("NAVER_PASSWORD", WRONG);
      env.put("LOGIN_EVIDENCE_URI", "s3://" + S3Sim.DEFAULT_BUCKET + "/login-evidence/");
      env = sim.env(env);
      String username = env.get("NAVER_USERNAME");

      Result failed =
          Product.run(env, work, RUN_TIMEOUT, "run", "--init-state")
              .assertExit(1)
              .assertNoFullPhone();

      String alert = loginAlert(sim.control());
      String prefix = "s3://" + S3Sim.DEFAULT_BUCKET + "/";
      Matcher where =
          Pattern.compile(
                  "evidence: " + Pattern.quote(prefix) + "(login-evidence/login-failure-\\S+/)")
              .matcher(alert);
      assertThat(where.find()).as(alert).isTrue();
      String key = where.group(1);
      assertThat(failed.stderr()).contains("diagnostics in " + prefix + key);
      assertThat(state.getParent().resolve("login-diagnostics")).doesNotExist();
      try (S3Folders client =
          new S3Folders(
              S3Settings.fromEnvironment(s3),
              StaticCredentialsProvider.create(
                  AwsBasicCredentials.create(
                      S3Sim.DEFAULT_ACCESS_KEY, S3Sim.DEFAULT_SECRET_KEY)))) {
        byte[] png = client.get(S3Sim.DEFAULT_BUCKET, key + "screenshot.png");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        String page =
            new String(client.get(S3Sim.DEFAULT_BUCKET, key + "page.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("log.login").doesNotContain(WRONG).doesNotContain(username);
        assertThat(client.get(S3Sim.DEFAULT_BUCKET, key + "reason.txt")).isNotEmpty();
      }
    }
  }

  /** The Telegram error alert of the failed sign-in. */
  private static String loginAlert(SimControl control) {
    List<String> texts = control.telegram().stream().map(m -> m.path("text").asText()).toList();
    return texts.stream()
        .filter(t -> t.contains("LoginFailed"))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no LoginFailed alert in " + texts));
  }
}
