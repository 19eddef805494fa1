package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SecretsCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    CommandLine cli = new CommandLine(new SecretsCommand(env));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void allRequiredPresent_exit0_andNoValuePrinted() {
    Map<String, String> env =
        Map.of(
            "NAVER_USERNAME", "owner-name",
            "NAVER_PASSWORD", "pw-very-secret",
            "SENS_ACCESS_KEY", "ak-very-secret",
            "SENS_SECRET_KEY", "sk-very-secret",
            "SENS_SERVICE_ID", "ncp:sms:kr:000000000001:svc");

    int code = run(env, "check", "--source", "env");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("source: env")
        .contains("naver-sms-automation/sens-credentials")
        .contains("access_key: present, secret_key: present, service_id: present")
        .containsPattern("telegram-credentials +optional +absent")
        .contains("result: OK")
        .doesNotContain("very-secret")
        .doesNotContain("owner-name");
  }

  @Test
  void missingKey_exit1_namingSecretAndKey() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("s.json"),
            "{\"naver\":{\"username\":\"u\",\"password\":\"p\"},"
                + "\"sens\":{\"access_key\":\"a\",\"service_id\":\"i\"}}");

    int code = run(Map.of(), "check", "--file", file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("source: file")
        .contains("secret_key: MISSING")
        .contains("result: MISSING naver-sms-automation/sens-credentials (secret_key)");
  }

  @Test
  void malformedValues_exit1_sayWhatIsWrong_neverTheValue() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("s.json"),
            "{\"naver\":{\"username\":\"owner-name\",\"password\":\"pw-very-secret\\n\"},"
                + "\"sens\":{\"access_key\":\"ak-very-secret \",\"secret_key\":\"sk-very|secret\","
                + "\"service_id\":\"svc-very-secret\"},"
                + "\"telegram\":{\"bot_token\":\"tg-very-secret\",\"chat_id\":\"-100\"},"
                + "\"slack\":{\"webhook_url\":\"hooks.slack.example/services/very-secret\"}}");

    int code = run(Map.of(), "check", "--file", file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("secret_key holds a '|' at position 8 of 14")
        .contains("service_id is not a SENS service id (ncp:sms:kr:<digits>:<name>)")
        .contains("bot_token is not a Telegram bot token (<digits>:<token>)")
        .contains("webhook_url has no scheme (expected https://…)")
        .contains("run skips this channel")
        .doesNotContain("access_key a space")
        .doesNotContain("very-secret")
        .doesNotContain("very|secret")
        .doesNotContain("owner-name");
  }

  @Test
  void unreadableFile_exit2_namingIt() {
    int code =
        run(Map.of(), "check", "--source", "file", "--file", dir.resolve("none.json").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("none.json").contains("cannot be read");
  }

  @Test
  void unknownSource_exit2() {
    assertThat(run(Map.of(), "check", "--source", "vault")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown secrets source 'vault'");
  }
}
