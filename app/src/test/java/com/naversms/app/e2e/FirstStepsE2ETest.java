package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.app.cli.TextTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 6 from outside: the small things a user meets in the first minutes, each through
 * {@code bin/naver-sms} as a child process: {@code --version}, {@code completion} (loaded into a
 * real bash), {@code secrets check} without secrets or AWS credentials, {@code validate} without
 * {@code --report}, the daemon's notice of its next cycle, and the demo's timeline.
 */
class FirstStepsE2ETest {
  private static final Duration QUICK = Duration.ofMinutes(2);

  @Test
  void version_namesTheVersionAndTheCommitTheJarWasBuiltFrom(@TempDir Path work) throws Exception {
    Result r = Product.run(Map.of(), work, QUICK, "--version").assertExit(0);

    assertThat(r.stdout().strip())
        .as(r.describe())
        .matches("naver-sms \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit [0-9a-f]{40}(, modified)?\\)")
        .contains("commit " + gitHead());
  }

  @Test
  void completion_printsABashScript_thatCompletesCommandsAndOptions(@TempDir Path work)
      throws Exception {
    Result r = Product.run(Map.of(), work, QUICK, "completion").assertExit(0);
    Path script = work.resolve("naver-sms.bash");
    Files.writeString(script, r.stdout(), StandardCharsets.UTF_8);

    String commands = complete(work, script, "naver-sms", "");
    String secrets = complete(work, script, "naver-sms", "sec");
    String checkOptions = complete(work, script, "naver-sms", "secrets", "check", "--so");

    assertThat(commands.split(" "))
        .as(r.describe())
        .contains("run", "daemon", "plan", "config", "secrets", "demo", "validate", "completion");
    assertThat(secrets).isEqualTo("secrets");
    assertThat(checkOptions).isEqualTo("--source");
  }

  @Test
  void secretsCheckFromTheEnvironment_namesTheVariableOfEachMissingKey(@TempDir Path work) {
    Result r =
        Product.run(
                Map.of("NAVER_USERNAME", "fake-owner-0001"),
                work,
                QUICK,
                "secrets",
                "check",
                "--source",
                "env")
            .assertExit(1);

    assertThat(r.stdout())
        .as(r.describe())
        .contains("username: present, password: MISSING (set NAVER_PASSWORD)")
        .contains("set SENS_ACCESS_KEY, SENS_SECRET_KEY, SENS_SERVICE_ID")
        .contains(
            "result: MISSING naver-sms-automation/naver-credentials (set NAVER_PASSWORD);"
                + " naver-sms-automation/sens-credentials (set SENS_ACCESS_KEY, SENS_SECRET_KEY,"
                + " SENS_SERVICE_ID)");
  }

  @Test
  void secretsCheckOnAwsWithoutCredentials_saysSoInOneLine(@TempDir Path work) {
    Map<String, String> noCredentials =
        Map.of(
            "AWS_ACCESS_KEY_ID", "",
            "AWS_SECRET_ACCESS_KEY", "",
            "AWS_SESSION_TOKEN", "",
            "AWS_SHARED_CREDENTIALS_FILE", work.resolve("no-credentials").toString(),
            "AWS_CONFIG_FILE", work.resolve("no-config").toString(),
            "AWS_EC2_METADATA_DISABLED", "true");
    Result r =
        Product.run(noCredentials, work, QUICK, "secrets", "check", "--source", "aws")
            .assertExit(1);

    List<String> lines = r.stdout().lines().toList();
    assertThat(lines.stream().filter(l -> l.contains("no AWS credentials found")))
        .as(r.describe())
        .containsExactly(
            "unreadable: no AWS credentials found (set AWS_PROFILE, or AWS_ACCESS_KEY_ID and"
                + " AWS_SECRET_ACCESS_KEY, or run where an IAM role provides them)");
    assertThat(r.stdout() + r.stderr())
        .doesNotContain("CredentialsProvider")
        .doesNotContain("Unable to load credentials");
    assertThat(lines.stream().filter(l -> !l.startsWith("result: ")))
        .allMatch(l -> l.length() < 200, "every line but the result under 200 characters");
  }

  @Test
  void validateWithoutReport_writesIntoValidationFolder_creatingIt(@TempDir Path work) {
    Result r =
        Product.run(
                Map.of(),
                work,
                Duration.ofMinutes(5),
                "validate",
                "--datasets",
                Repo.root().resolve("validation/datasets").toString())
            .assertExit(0);

    assertThat(work.resolve("validation/validation-report.md")).as(r.describe()).isRegularFile();
    assertThat(work.resolve("validation/validation-report.json")).isRegularFile();
    assertThat(work.resolve("validation-report.md")).doesNotExist();
    assertThat(r.stdout())
        .contains("created the report folder " + work.resolve("validation"))
        .contains("decision: GO");
  }

  @Test
  void daemonNotice_givesTheNextCycleInUtcAndKoreanTime(@TempDir Path work) {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0");
        Child daemon =
            Product.start(
                sim.env(),
                work,
                "daemon",
                "--init-state",
                "--every-seconds",
                "3600",
                "--config",
                Repo.config().toString())) {
      daemon.awaitStderr(s -> s.contains("next cycle at"), QUICK);
      Result stopped = daemon.signal("TERM").waitFor(Duration.ofSeconds(30));

      Matcher m =
          Pattern.compile(
                  "next cycle at (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) UTC"
                      + " \\(((\\d{4}-\\d\\d-\\d\\d )?\\d\\d:\\d\\d:\\d\\d) KST\\)")
              .matcher(stopped.stderr());
      assertThat(m.find()).as(stopped.describe()).isTrue();
      LocalDateTime utc = LocalDateTime.parse(m.group(1), SECONDS);
      String korea =
          utc.atOffset(ZoneOffset.UTC)
              .atZoneSameInstant(ZoneId.of("Asia/Seoul"))
              .format(m.group(3) == null ? TIME : SECONDS);
      assertThat(m.group(2)).isEqualTo(korea);
    }
  }

  @Test
  void demoTimeline_alignsHangulColumns_andNamesEveryCustomerMasked(@TempDir Path work) {
    Result r = Product.run(Map.of(), work, Duration.ofMinutes(5), "demo").assertExit(0);

    List<String> lines = r.stdout().lines().toList();
    String header = lines.stream().filter(l -> l.startsWith("time ")).findFirst().orElseThrow();
    int customerColumn = column(header, "customer");
    int phoneColumn = column(header, "phone");
    int typeColumn = column(header, "channel");
    List<String> rows =
        lines.stream().filter(l -> l.matches("\\d\\d:\\d\\d  .*010-\\*{4}-.*")).toList();
    assertThat(rows).as(r.describe()).hasSizeGreaterThan(20);
    for (String row : rows) {
      assertThat(column(row, "010-****-")).as("phone column of %s", row).isEqualTo(phoneColumn);
      String channel =
          java.util.stream.Stream.of("AlimTalk", "LMS", "SMS")
              .filter(row::contains)
              .findFirst()
              .orElse("AlimTalk, LMS or SMS");
      assertThat(column(row, channel)).as("channel column of %s", row).isEqualTo(typeColumn);
      String customer = between(row, customerColumn, phoneColumn).strip();
      assertThat(customer).as("customer of %s", row).matches("\\S\\*+\\S?");
    }
  }

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** The display column (terminal columns) where {@code text} starts in {@code line}. */
  private static int column(String line, String text) {
    int at = line.indexOf(text);
    assertThat(at).as("%s in %s", text, line).isNotNegative();
    return TextTable.width(line.substring(0, at));
  }

  /** The part of {@code line} from display column {@code from} to {@code to}. */
  private static String between(String line, int from, int to) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (int cp : line.codePoints().toArray()) {
      if (col >= from && col < to) {
        out.appendCodePoint(cp);
      }
      col += TextTable.width(new String(Character.toChars(cp)));
    }
    return out.toString();
  }

  /** What the completion script offers for {@code words}, the last one being completed. */
  private static String complete(Path work, Path script, String... words) throws Exception {
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w).append('\'');
    }
    String bash =
        "source '"
            + script
            + "'; COMP_WORDS=("
            + array
            + "); COMP_CWORD="
            + (words.length - 1)
            + "; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE};"
            + " fn=$(complete -p naver-sms | sed -E 's/.*-F ([^ ]+) .*/\\1/'); \"$fn\";"
            + " echo \"${COMPREPLY[*]}\"";
    // stderr apart: outside a real completion, the script's compopt calls complain there
    Path errors = work.resolve("complete.err");
    Process p =
        new ProcessBuilder("bash", "-c", bash)
            .directory(work.toFile())
            .redirectError(errors.toFile())
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out + Files.readString(errors)).isZero();
    return out;
  }

  private static String gitHead() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("git", "rev-parse", "HEAD")
            .directory(Repo.root().toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
