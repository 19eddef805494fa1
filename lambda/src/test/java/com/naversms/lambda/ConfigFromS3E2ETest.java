package com.naversms.lambda;

import static com.naversms.lambda.LeanCycleE2ETest.EVENT;
import static com.naversms.lambda.LeanCycleE2ETest.addBooking;
import static com.naversms.lambda.LeanCycleE2ETest.extract;
import static com.naversms.lambda.LeanCycleE2ETest.log;
import static com.naversms.lambda.LeanCycleE2ETest.quoted;
import static com.naversms.lambda.LeanCycleE2ETest.start;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.dynamodb.DynamoLocalServer;
import com.naversms.adapters.s3.S3Folders;
import com.naversms.adapters.s3.S3Settings;
import com.naversms.adapters.session.CookieJson;
import com.naversms.app.demo.SimulatedWorld;
import com.naversms.app.wiring.ConfigFolder;
import com.naversms.core.booking.Booking;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.Standalone;
import com.naversms.simulator.s3.S3Sim;
import com.naversms.simulator.sens.SensMessage;
import com.naversms.simulator.telegram.TelegramMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Config without a rebuild (issue 14 item 3), on the lean package as Lambda runs it: the config in
 * the simulator's S3 ({@code NAVER_SMS_CONFIG_URI}), read and validated at cold start and followed
 * by warm invocations. A changed message is sent as changed; an invalid upload never replaces the
 * valid config (ERROR line, {@code ConfigErrors}, Telegram); a cold start on the invalid upload
 * fails the start and sends nothing.
 */
class ConfigFromS3E2ETest {
  static final String BUCKET = "naver-sms-config-test";
  static final String URI_ = "s3://" + BUCKET + "/prod/config/";
  static final String CHANGED = "변경된 안내: 정시 입실과 퇴실을";

  @TempDir Path dir;

  @Test
  void followsValidUploads_keepsTheLastValidOnAnInvalidOne_andAColdStartOnItFails()
      throws Exception {
    Path task = LeanArtifact.dayConfig(extract(LeanArtifact.jar(), dir.resolve("task")));
    Path shipped = task.resolve("config");
    try (DynamoLocalServer dynamo = new DynamoLocalServer();
        Simulator sim =
            new Standalone(0, 7, Standalone.DEFAULT_STORES, 0, Duration.ZERO)
                .start(Clock.systemUTC());
        LambdaStandIn aws =
            new LambdaStandIn(() ->
                "{\"status\":\"logged_in\",\"cookies\":"
                    + quoted(CookieJson.write(SimulatedWorld.issueSession(sim)))
                    + "}")) {
      // the function's credentials (DynamoDB Local keeps its tables per access key)
      sim.s3().createBucket(BUCKET).credentials("fake", "fake");
      S3Folders s3 =
          new S3Folders(
              new S3Settings(
                  "ap-northeast-2", Optional.of(URI.create(S3Sim.endpoint(sim.baseUrl())))),
              StaticCredentialsProvider.create(
                  AwsBasicCredentials.create(sim.s3().accessKey(), sim.s3().secretKey())));
      upload(s3, shipped);
      ZonedDateTime now = ZonedDateTime.now(Booking.SEOUL).truncatedTo(ChronoUnit.MINUTES);
      Map<String, String> env = env(sim, dynamo, aws, task);

      Process child = start(task, env, dir.resolve("child.log"));
      try {
        // 1. cold start on the shipped config, from S3
        addBooking(sim, "1000001", "김하늘", "01000007201", now.plusHours(30));
        LambdaStandIn.Answer first = invoke(aws);
        assertThat(first.kind()).as(first.body() + "\n" + log(dir)).isEqualTo("response");
        assertThat(log(dir))
            .contains("cycle config: " + URI_ + " sha256 " + ConfigFolder.hash(shipped))
            .doesNotContain("\"level\":\"ERROR\"");
        assertThat(to(sim)).contains("01000007201");

        // 2. a changed message, uploaded: the next warm invocation sends the new text
        Path changed = copy(shipped, dir.resolve("changed"));
        replace(changed.resolve("sms_templates.yaml"), "정시 입실과 퇴실을", CHANGED);
        upload(s3, changed);
        addBooking(sim, "1000002", "이바다", "01000007202", now.plusHours(31));
        LambdaStandIn.Answer second = invoke(aws);
        assertThat(second.kind()).as(second.body() + "\n" + log(dir)).isEqualTo("response");
        assertThat(contentTo(sim, "01000007202")).anyMatch(c -> c.contains(CHANGED));
        assertThat(log(dir))
            .contains("config changed: loaded: " + URI_ + " sha256 " + ConfigFolder.hash(changed));

        // 3. an invalid upload: the cycle runs on the last valid config and says so
        Path invalid = copy(changed, dir.resolve("invalid"));
        replace(
            invalid.resolve("rules.yaml"), "template: \"confirmation\"", "template: \"no_such\"");
        upload(s3, invalid);
        addBooking(sim, "1000001", "박구름", "01000007203", now.plusHours(32));
        int telegramBefore = sim.telegram().messages().size();
        LambdaStandIn.Answer third = invoke(aws);
        assertThat(third.kind()).as(third.body() + "\n" + log(dir)).isEqualTo("response");
        assertThat(contentTo(sim, "01000007203")).anyMatch(c -> c.contains(CHANGED));
        String output = log(dir);
        assertThat(output)
            .containsPattern("\"level\":\"ERROR\"[^\\n]*config " + URI_ + " refused")
            .contains(URI_ + "rules.yaml:")
            .containsPattern("\"ConfigErrors\":1(\\.0)?[,}]");
        assertThat(
                sim.telegram().messages().subList(telegramBefore, sim.telegram().messages().size()))
            .extracting(TelegramMessage::text)
            .anyMatch(t -> t.startsWith("설정 오류: " + URI_) && t.contains("rules.yaml:"));
      } finally {
        stop(child);
      }

      // 4. a new execution environment on the invalid upload: the start fails, nothing is sent
      int sentBefore = sim.sens().accepted().size();
      addBooking(sim, "1000002", "최노을", "01000007204", now.plusHours(33));
      Path coldLog = dir.resolve("cold.log");
      Process cold = start(task, env, coldLog);
      try {
        aws.invoke(EVENT);
        LambdaStandIn.Answer failed = aws.answers.poll(120, TimeUnit.SECONDS);
        String coldOutput = Files.readString(coldLog, StandardCharsets.UTF_8);
        assertThat(failed).as(coldOutput).isNotNull();
        assertThat(failed.kind()).as(failed.body() + "\n" + coldOutput).isIn("init-error", "error");
        assertThat(failed.body()).contains("cannot be used, nothing runs");
        assertThat(coldOutput)
            .contains(URI_ + "rules.yaml:")
            .containsPattern("\"ConfigErrors\":1(\\.0)?[,}]");
        assertThat(sim.sens().accepted().size()).isEqualTo(sentBefore);
        assertThat(to(sim)).doesNotContain("01000007204");
      } finally {
        stop(cold);
      }
    }
  }

  private static Map<String, String> env(
      Simulator sim, DynamoLocalServer dynamo, LambdaStandIn aws, Path task) {
    Map<String, String> env = LeanCycleE2ETest.env(sim, dynamo, aws, task);
    // as Terraform sets it: the config from S3, not the package's folder
    env.remove("NAVER_SMS_CONFIG_DIR");
    env.put("NAVER_SMS_CONFIG_URI", URI_);
    env.put(S3Settings.ENDPOINT_ENV, S3Sim.endpoint(sim.baseUrl()));
    return env;
  }

  private static LambdaStandIn.Answer invoke(LambdaStandIn aws) throws InterruptedException {
    aws.invoke(EVENT);
    LambdaStandIn.Answer answer = aws.answers.poll(120, TimeUnit.SECONDS);
    if (answer == null) {
      throw new AssertionError("no answer within 120 s");
    }
    return answer;
  }

  private static void upload(S3Folders s3, Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        s3.put(BUCKET, "prod/config/" + f.getFileName(), Files.readAllBytes(f), "application/yaml");
      }
    }
  }

  private static Path copy(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  private static void replace(Path file, String from, String to) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).as(file.toString()).contains(from);
    Files.writeString(
        file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
  }

  private static List<String> to(Simulator sim) {
    return sim.sens().accepted().stream().map(SensMessage::to).toList();
  }

  private static List<String> contentTo(Simulator sim, String phone) {
    return sim.sens().accepted().stream()
        .filter(m -> m.to().equals(phone))
        .map(SensMessage::content)
        .toList();
  }

  private static void stop(Process child) throws InterruptedException {
    child.destroy();
    if (!child.waitFor(10, TimeUnit.SECONDS)) {
      child.destroyForcibly();
    }
  }
}
