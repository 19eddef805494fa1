package com.naversms.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.dynamodb.DynamoLocalServer;
import com.naversms.adapters.session.CookieJson;
import com.naversms.app.demo.SimulatedWorld;
import com.naversms.core.booking.Booking;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorEnv;
import com.naversms.simulator.Standalone;
import com.naversms.simulator.sens.SensMessage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cycle function run from its lean package as Lambda runs it: the jar extracted into a task
 * folder (Lambda's {@code /var/task}), Lambda's own runtime client in a child JVM loading {@code
 * CycleHandler} from that folder alone, one scheduled event from a stand-in Runtime API, the state
 * in DynamoDB Local, Naver/SENS/Telegram/Slack simulated, the login function answered by the
 * stand-in. A class the cycle needs that the package lacks fails the invocation, and this test.
 */
class LeanCycleE2ETest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String EVENT =
      """
      {"version":"0","id":"5b3b1d0e-0000-0000-0000-000000000000","detail-type":"Scheduled Event",
       "source":"aws.events","account":"000000000000","region":"ap-northeast-2","detail":{}}
      """;

  /** The runtime client and its manifest's Class-Path, as the managed runtime provides them. */
  static final List<String> RUNTIME_JARS =
      List.of(
          "/com/amazonaws/aws-lambda-java-runtime-interface-client/",
          "/com/amazonaws/aws-lambda-java-core/",
          "/com/amazonaws/aws-lambda-java-serialization/",
          "/software/amazon/awssdk/utils-lite/",
          "/software/amazon/awssdk/annotations/");

  @TempDir Path dir;

  @Test
  void scheduledEvent_onTheLeanPackage_signsInThroughTheLoginFunction_sendsAndRecords()
      throws Exception {
    Path task = LeanArtifact.dayConfig(extract(LeanArtifact.jar(), dir.resolve("task")));
    try (DynamoLocalServer dynamo = new DynamoLocalServer();
        Simulator sim =
            new Standalone(0, 7, Standalone.DEFAULT_STORES, 0, Duration.ZERO)
                .start(Clock.systemUTC());
        LambdaStandIn aws =
            new LambdaStandIn(
                EVENT,
                () ->
                    "{\"status\":\"logged_in\",\"cookies\":"
                        + quoted(CookieJson.write(SimulatedWorld.issueSession(sim)))
                        + "}")) {
      ZonedDateTime now = ZonedDateTime.now(Booking.SEOUL).truncatedTo(ChronoUnit.MINUTES);
      addBooking(sim, "1000001", "김하늘", "01000007101", now.plusHours(30));
      addBooking(sim, "1000002", "이바다", "01000007102", now.plusHours(31));

      Process child = start(task, env(sim, dynamo, aws, task), dir.resolve("child.log"));
      LambdaStandIn.Answer answer;
      try {
        answer = aws.answer.get(120, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError("no answer within 120 s\n" + log(dir), e);
      } finally {
        child.destroy();
        if (!child.waitFor(10, TimeUnit.SECONDS)) {
          child.destroyForcibly();
        }
      }

      assertThat(answer.kind()).as(answer.body() + "\n" + log(dir)).isEqualTo("response");
      JsonNode body = JSON.readTree(answer.body());
      assertThat(body.path("request_id").asText()).isEqualTo(LambdaStandIn.REQUEST_ID);
      assertThat(body.path("status").asText()).isEqualTo("completed");
      assertThat(aws.loginInvocations)
          .as("the login function, invoked once: the session table was empty")
          .containsExactly("/2015-03-31/functions/naver-sms-automation-login/invocations");
      List<String> to = sim.sens().accepted().stream().map(SensMessage::to).toList();
      assertThat(to).contains("01000007101", "01000007102");
      assertThat(body.path("sms_sent").asInt()).isEqualTo(to.size());
      assertThat(dynamo.client.scan(b -> b.tableName("sms")).items())
          .extracting(item -> item.get("booking_num").s())
          .hasSizeGreaterThanOrEqualTo(2);
      assertThat(dynamo.client.scan(b -> b.tableName("session")).items()).isNotEmpty();
      assertThat(log(dir)).contains("\"request_id\":\"" + LambdaStandIn.REQUEST_ID + "\"");
    }
  }

  static Map<String, String> env(
      Simulator sim, DynamoLocalServer dynamo, LambdaStandIn aws, Path task) {
    Map<String, String> env = new LinkedHashMap<>();
    SimulatorEnv.of(sim, Path.of("unused.db"), Map.of()).forEach(env::put);
    env.remove("SQLITE_PATH");
    // what Terraform sets on the cycle function (infrastructure/terraform/modules/functions)
    env.put("STATE_BACKEND", "dynamodb");
    env.put("SMS_TABLE", "sms");
    env.put("SESSION_TABLE", "session");
    env.put("OPTOUT_TABLE", "sms_optouts");
    env.put("LOGIN_FUNCTION_NAME", "naver-sms-automation-login");
    env.put("LOG_LEVEL", "INFO");
    // what Lambda sets
    env.put("AWS_LAMBDA_RUNTIME_API", aws.runtimeApi());
    env.put("AWS_LAMBDA_FUNCTION_NAME", "naver-sms-automation-cycle");
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/naver-sms-automation-cycle");
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/12/03/[1]0000");
    env.put("LAMBDA_TASK_ROOT", task.toString());
    env.put("AWS_REGION", "ap-northeast-2");
    env.put("AWS_ACCESS_KEY_ID", "fake");
    env.put("AWS_SECRET_ACCESS_KEY", "fake");
    // where this test differs: local endpoints, and the config where /var/task/config would be
    env.put("DYNAMODB_ENDPOINT", "http://localhost:" + dynamo.port);
    env.put("AWS_ENDPOINT_URL_LAMBDA", aws.endpoint());
    env.put("NAVER_SMS_CONFIG_DIR", task.resolve("config").toString());
    return env;
  }

  /** Lambda's runtime client as the main class; the handler comes from the task folder only. */
  static Process start(Path task, Map<String, String> env, Path log) throws IOException {
    List<String> runtime = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String path = entry.replace(File.separatorChar, '/');
      if (RUNTIME_JARS.stream().anyMatch(path::contains)) {
        runtime.add(entry);
      }
    }
    assertThat(runtime)
        .as("Lambda's runtime client jars on the test class path")
        .hasSize(RUNTIME_JARS.size());
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            String.join(File.pathSeparator, runtime),
            "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
            LeanArtifact.HANDLER + "::handleRequest");
    ProcessBuilder pb = new ProcessBuilder(command).directory(task.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    pb.environment().put("HOME", task.toString());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    return pb.start();
  }

  /** As Lambda unpacks a zip package into {@code /var/task}. */
  static Path extract(Path jarFile, Path into) throws IOException {
    try (JarFile jar = new JarFile(jarFile.toFile())) {
      for (ZipEntry e : java.util.Collections.list(jar.entries())) {
        Path target = into.resolve(e.getName()).normalize();
        if (e.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = jar.getInputStream(e)) {
          Files.copy(in, target);
        }
      }
    }
    return into;
  }

  static void addBooking(
      Simulator sim, String store, String name, String phone, ZonedDateTime start)
      throws IOException, InterruptedException {
    String body =
        JSON.writeValueAsString(
            Map.of(
                "store",
                store,
                "name",
                name,
                "phone",
                phone,
                "start",
                OffsetDateTime.from(start).toString()));
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/_sim/bookings"))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  static String quoted(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String log(Path dir) {
    try {
      Path log = dir.resolve("child.log");
      return Files.exists(log)
          ? "child output:\n" + Files.readString(log, StandardCharsets.UTF_8)
          : "no child output";
    } catch (IOException e) {
      return "child output unreadable: " + e;
    }
  }
}
