package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorEnv;
import com.naversms.simulator.Standalone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 4 from outside: distinctive fake secrets (every one holds {@code FAKE-SCAN}),
 * broken in every way the campaign found (a trailing line break or space, a space inside, a {@code
 * |}, no scheme / no {@code digits:}), in the legacy secrets file, through {@code naver-sms run}
 * and {@code secrets check} against a simulator that expects those fakes. A trailing break or space
 * is trimmed and works; any other break of Slack or Telegram is reported (stdout, an ERROR line,
 * {@code SecretsErrors}) and that channel skipped while the customer SMS still go out; a broken
 * SENS key stops the cycle, naming the key. No output of any of it holds a secret.
 */
class SecretShapesE2ETest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORE = "1000001";
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String MARK = "fake-scan";

  private static final String USERNAME = "fake-scan-owner";
  private static final String PASSWORD = "FAKE-SCAN-PW 0005";
  private static final String ACCESS_KEY = "FAKE-SCAN-AK-0001";
  private static final String SECRET_KEY = "FAKE-SCAN-SK-0002";
  private static final String SERVICE_ID = "ncp:sms:kr:000000000001:FAKE-SCAN-SVC";
  private static final String TG_TOKEN = "900000001:FAKE-SCAN-TG-0003";
  private static final String HOOK_PATH = "/services/FAKE-SCAN-T0/B0/SLACK0004";
  private static final String BROKEN_HOOK =
      "https://hooks.slack.example/services/FAKE-SCAN-T1/B1/X";

  /** One way of writing the secrets, and what it must do. */
  private record Variant(
      String name,
      Map<String, String> overrides,
      boolean slackWorks,
      boolean telegramWorks,
      boolean smsGoOut,
      String problem) {}

  @Test
  void brokenSecrets_areReportedAndSkipped_customerSmsGoOut_noSecretInAnyOutput(
      @TempDir Path work) {
    Simulator sim =
        new Standalone(0, 1, Standalone.DEFAULT_STORES, 0, Duration.ZERO).start(Clock.systemUTC());
    try (sim) {
      sim.naver().credentials(USERNAME, PASSWORD);
      sim.sens().credentials(ACCESS_KEY, SECRET_KEY, SERVICE_ID);
      sim.telegram().botToken(TG_TOKEN);
      sim.slack().webhookPath(HOOK_PATH);
      String hook = sim.baseUrl() + HOOK_PATH;
      SimControl control = new SimControl(sim.baseUrl());
      Map<String, String> env =
          new LinkedHashMap<>(SimulatorEnv.of(sim, work.resolve("state.db"), Map.of()));
      env.keySet()
          .removeIf(k ->
              k.startsWith("NAVER_USERNAME")
                  || k.startsWith("NAVER_PASSWORD")
                  || k.startsWith("SENS_ACCESS")
                  || k.startsWith("SENS_SECRET")
                  || k.startsWith("SENS_SERVICE")
                  || k.startsWith("TELEGRAM_BOT")
                  || k.startsWith("TELEGRAM_CHAT")
                  || k.startsWith("SLACK_"));
      // the values come from a file, not the environment: the output scan is told of them
      OutputScan.watchSecrets(
          List.of(USERNAME, PASSWORD, ACCESS_KEY, SECRET_KEY, SERVICE_ID, TG_TOKEN, HOOK_PATH));
      OutputScan.watchSecrets(List.of(BROKEN_HOOK, hook));
      Path secretsFile = work.resolve("secrets.json");
      env.put("SECRETS_SOURCE", "file");
      env.put("LOCAL_SECRETS_FILE_PATH", secretsFile.toString());
      env.put("NAVER_SMS_CONFIG_DIR", Repo.config().toString());

      List<Variant> variants =
          List.of(
              new Variant(
                  "trailing line break and space (trimmed)",
                  Map.of(
                      "slack.webhook_url", hook + "\n",
                      "telegram.bot_token", TG_TOKEN + " ",
                      "sens.secret_key", SECRET_KEY + "\r\n",
                      "naver.password", PASSWORD + "\n"),
                  true,
                  true,
                  true,
                  null),
              new Variant(
                  "Slack with a space inside",
                  Map.of("slack.webhook_url", hook.replace("/B0/", "/B0 /")),
                  false,
                  true,
                  true,
                  "webhook_url holds a space"),
              new Variant(
                  "Slack with a |",
                  Map.of("slack.webhook_url", BROKEN_HOOK + "|click"),
                  false,
                  true,
                  true,
                  "webhook_url holds a '|'"),
              new Variant(
                  "Slack without a scheme",
                  Map.of("slack.webhook_url", BROKEN_HOOK.substring("https://".length())),
                  false,
                  true,
                  true,
                  "webhook_url has no scheme"),
              new Variant(
                  "Telegram with a space inside",
                  Map.of("telegram.bot_token", TG_TOKEN.replace(":", ": ")),
                  true,
                  false,
                  true,
                  "bot_token holds a space"),
              new Variant(
                  "Telegram with a |",
                  Map.of("telegram.bot_token", TG_TOKEN + "|x"),
                  true,
                  false,
                  true,
                  "bot_token holds a '|'"),
              new Variant(
                  "Telegram without digits:",
                  Map.of("telegram.bot_token", TG_TOKEN.substring(TG_TOKEN.indexOf(':') + 1)),
                  true,
                  false,
                  true,
                  "bot_token is not a Telegram bot token"),
              new Variant(
                  "SENS access key with a |",
                  Map.of("sens.access_key", ACCESS_KEY + "|" + ACCESS_KEY),
                  true,
                  true,
                  false,
                  "access_key holds a '|'"));

      OffsetDateTime tomorrow =
          OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(1).truncatedTo(ChronoUnit.HOURS);
      List<Result> outputs = new ArrayList<>();
      boolean first = true;
      int n = 0;
      for (Variant v : variants) {
        n++;
        writeSecrets(secretsFile, hook, v.overrides());
        String phone = "0100000" + (7100 + n);
        control.addBooking(STORE, "스캔" + n, phone, tomorrow.plusMinutes(n));
        control.reset();
        Result run =
            first
                ? Product.run(env, work, RUN_TIMEOUT, "run", "--init-state")
                : Product.run(env, work, RUN_TIMEOUT, "run");
        first = false;
        Result check = Product.run(env, work, Duration.ofMinutes(1), "secrets", "check");
        outputs.add(run);
        outputs.add(check);
        String what = v.name() + "\n" + run.describe() + check.describe();

        assertThat(control.sensAcceptedTo(phone).isEmpty())
            .as("customer SMS sent: " + what)
            .isEqualTo(!v.smsGoOut());
        assertThat(control.slack().isEmpty())
            .as("Slack posted: " + what)
            .isEqualTo(!v.slackWorks());
        assertThat(control.telegram().isEmpty())
            .as("Telegram posted: " + what)
            .isEqualTo(!v.telegramWorks());
        assertThat((control.slack().toString() + control.telegram()).toLowerCase(Locale.ROOT))
            .as("what the operator channels received")
            .doesNotContain(MARK);
        if (v.problem() == null) {
          assertThat(run.exit()).as(what).isZero();
          assertThat(check.exit()).as(what).isZero();
          assertThat(check.stdout()).as(what).contains("result: OK");
        } else {
          assertThat(run.exit()).as(what).isEqualTo(1);
          assertThat(run.stdout()).as(what).contains(v.problem());
          assertThat(check.exit()).as(what).isEqualTo(1);
          assertThat(check.stdout()).as(what).contains("INVALID").contains(v.problem());
          if (v.smsGoOut()) {
            assertThat(run.stdout())
                .as(what)
                .contains("CHANNEL " + (v.slackWorks() ? "Telegram" : "Slack") + " skipped");
            assertThat(run.stderr())
                .as("an ERROR line and SecretsErrors: " + what)
                .contains("\"action_type\":\"secrets\"")
                .containsPattern("\"SecretsErrors\":1(\\.0)?[,}]");
          }
        }
      }
      for (Result r : outputs) {
        assertThat(r.stdout().toLowerCase(Locale.ROOT))
            .as("a secret on stdout:\n" + r.describe())
            .doesNotContain(MARK);
        assertThat(r.stderr().toLowerCase(Locale.ROOT))
            .as("a secret on stderr:\n" + r.describe())
            .doesNotContain(MARK);
        r.assertNoFullPhone();
      }
    }
  }

  /** The legacy secrets file, with the variant's values in place of the working ones. */
  private static void writeSecrets(Path file, String hook, Map<String, String> overrides) {
    Map<String, Map<String, String>> secrets = new LinkedHashMap<>();
    secrets.put("naver", new LinkedHashMap<>(Map.of("username", USERNAME, "password", PASSWORD)));
    secrets.put(
        "sens",
        new LinkedHashMap<>(
            Map.of("access_key", ACCESS_KEY, "secret_key", SECRET_KEY, "service_id", SERVICE_ID)));
    secrets.put(
        "telegram",
        new LinkedHashMap<>(Map.of("bot_token", TG_TOKEN, "chat_id", "-1000000000001")));
    secrets.put("slack", new LinkedHashMap<>(Map.of("webhook_url", hook)));
    overrides.forEach((path, value) -> {
      String[] parts = path.split("\\.");
      secrets.get(parts[0]).put(parts[1], value);
    });
    try {
      Files.writeString(file, JSON.writeValueAsString(secrets));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
