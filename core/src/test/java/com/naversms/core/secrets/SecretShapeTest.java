package com.naversms.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretShapeTest {
  private static final String HOOK = "https://hooks.slack.example/services/FAKE-SCAN-T0/B0/XYZ";

  private static Optional<String> check(SecretShape shape, String raw) {
    Optional<String> problem = shape.problem(shape.normalise(raw));
    problem.ifPresent(p -> assertThat(p).doesNotContain("FAKE-SCAN").doesNotContain("hooks"));
    return problem;
  }

  @Test
  void webhook_trailingNewlineOrSpaces_areTrimmed() {
    assertThat(SecretShape.WEBHOOK_URL.normalise(HOOK + "\n")).isEqualTo(HOOK);
    assertThat(check(SecretShape.WEBHOOK_URL, "  " + HOOK + " \r\n")).isEmpty();
  }

  @Test
  void webhook_brokenInsideOrWithoutScheme_saysWhat() {
    assertThat(check(SecretShape.WEBHOOK_URL, HOOK.replace("/B0", " /B0")))
        .hasValueSatisfying(p -> assertThat(p).startsWith("holds a space at position"));
    assertThat(check(SecretShape.WEBHOOK_URL, HOOK + "|label"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("holds a '|' at position"));
    assertThat(check(SecretShape.WEBHOOK_URL, HOOK.substring("https://".length())))
        .contains("has no scheme (expected https://…)");
    assertThat(check(SecretShape.WEBHOOK_URL, HOOK.replace("https", "http")))
        .hasValueSatisfying(p -> assertThat(p).contains("expected https"));
    assertThat(check(SecretShape.WEBHOOK_URL, "https:///services/x"))
        .hasValueSatisfying(p -> assertThat(p).contains("no host"));
  }

  @Test
  void webhook_httpToLoopback_isTheSimulator() {
    assertThat(check(SecretShape.WEBHOOK_URL, "http://127.0.0.1:8080/services/T/B/X")).isEmpty();
    assertThat(check(SecretShape.WEBHOOK_URL, "http://localhost:8080/x")).isEmpty();
  }

  @Test
  void telegram_tokenAndChatId() {
    assertThat(check(SecretShape.TELEGRAM_BOT_TOKEN, "123456789:AAF-FAKE_SCAN\n")).isEmpty();
    assertThat(check(SecretShape.TELEGRAM_BOT_TOKEN, "AAF-FAKE-SCAN")).isPresent();
    assertThat(check(SecretShape.TELEGRAM_BOT_TOKEN, "123:AAF FAKE")).isPresent();
    assertThat(check(SecretShape.TELEGRAM_CHAT_ID, "-1001234567890")).isEmpty();
    assertThat(check(SecretShape.TELEGRAM_CHAT_ID, "@studio_ops")).isEmpty();
    assertThat(check(SecretShape.TELEGRAM_CHAT_ID, "chat-1")).isPresent();
  }

  @Test
  void sens_keysAndServiceId() {
    assertThat(check(SecretShape.NCP_KEY, "ncp_iam_FAKESCAN0123 ")).isEmpty();
    assertThat(check(SecretShape.NCP_KEY, "FAKE|SCAN")).isPresent();
    assertThat(check(SecretShape.SENS_SERVICE_ID, "ncp:sms:kr:263492131234:my-service")).isEmpty();
    assertThat(check(SecretShape.SENS_SERVICE_ID, "my-service"))
        .contains("is not a SENS service id (ncp:sms:kr:<digits>:<name>)");
  }

  @Test
  void password_keepsItsSpaces_losesOnlyATrailingLineBreak() {
    assertThat(SecretShape.NAVER_PASSWORD.normalise(" pass word \n")).isEqualTo(" pass word ");
    assertThat(check(SecretShape.NAVER_PASSWORD, "pass\tword")).isPresent();
    assertThat(check(SecretShape.NAVER_PASSWORD, "\n")).contains("is empty");
    assertThat(check(SecretShape.NAVER_USERNAME, "owner name")).isPresent();
  }
}
