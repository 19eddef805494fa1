package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 1 from outside, at the request level: {@code naver-sms console} refuses a
 * non-loopback address without a password (exit 2, nothing served); a POST without the session's
 * CSRF token changes nothing; wrong passwords are refused and then rate-limited (the right one too,
 * until the window passes); the session cookie is HttpOnly and SameSite=Strict; no page shows a
 * full phone number but the customer page after login.
 */
class ConsoleSecurityE2ETest {
  private static final Duration T = Duration.ofMinutes(3);
  private static final String PASSWORD = "console-pass-5678";
  private static final String STORE = "1000001";

  @Test
  void aNonLoopbackAddressWithoutAPassword_isRefused(@TempDir Path work) {
    Result r =
        Product.run(
                Map.of("NAVER_SMS_CONFIG_DIR", Repo.config().toString(), "SECRETS_SOURCE", "env"),
                work,
                T,
                "console",
                "--bind",
                "0.0.0.0",
                "--port",
                "0")
            .assertExit(2);
    assertThat(r.stderr())
        .contains("not a loopback address", "CONSOLE_PASSWORD", "console-credentials");
    assertThat(r.stdout()).doesNotContain("http://");
  }

  @Test
  void csrfLessPostsChangeNothing_wrongPasswordsAreRateLimited_andOnlyTheCustomerPageShowsNumbers(
      @TempDir Path work) throws Exception {
    String phone = "01000000705";
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Path config = work.resolve("config");
      ShippedConfig.withoutQuietHours(config);
      // the run and the console plan at noon tomorrow: the booking is on the console's day
      OffsetDateTime noon = PlanAt.kst(PlanAt.tomorrow(), "12:00");
      Map<String, String> env = new HashMap<>(PlanAt.env(sim, config, noon));
      env.put("CONSOLE_PASSWORD", PASSWORD);
      OutputScan.watchSecrets(List.of(PASSWORD));
      control.addBooking(STORE, "보안예시", phone, noon.plusMinutes(90));
      Product.run(env, work, T, "run", "--init-state").assertExit(0);
      int sent = control.sensAcceptedTo(phone).size();
      String templates = Files.readString(config.resolve("sms_templates.yaml"));

      try (Child console = Product.start(env, work, "console", "--port", "0")) {
        String url = printedUrl(console);
        assertThat(url).doesNotContain("token=").as("a set password is never in the URL");
        String base = ConsoleClient.baseOf(url);

        // nothing without logging in
        ConsoleClient stranger = new ConsoleClient(base);
        assertThat(stranger.get("/today").location()).hasValue("/login");
        assertThat(stranger.get("/customers?q=0705").status()).isEqualTo(303);

        ConsoleClient owner = new ConsoleClient(base);
        ConsoleClient.Answer in = owner.login(PASSWORD);
        assertThat(in.status()).isEqualTo(303);
        assertThat(owner.lastSetCookies())
            .anySatisfy(c ->
                assertThat(c)
                    .startsWith("naver_sms_console=")
                    .contains("HttpOnly", "SameSite=Strict", "Path=/"));
        String key = keyOf(owner.get("/customers?q=0705").body());

        // a POST without the token (a forged form) is refused and changes nothing
        assertThat(owner.post("/customers/resend", Map.of("key", key, "note", "forged")).status())
            .isEqualTo(403);
        assertThat(
                owner
                    .post(
                        "/templates/save",
                        Map.of("yaml", "templates: {}\n", "base", "x", "note", "forged"))
                    .status())
            .isEqualTo(403);
        assertThat(
                owner
                    .post(
                        "/customers/resend",
                        Map.of("key", key, "note", "forged", "csrf", "not-the-token"))
                    .status())
            .isEqualTo(403);
        assertThat(control.sensAcceptedTo(phone)).hasSize(sent);
        assertThat(Files.readString(config.resolve("sms_templates.yaml"))).isEqualTo(templates);

        // the same resend with the page's token goes through, once
        String csrf = ConsoleClient.csrfOf(owner.get("/today").body());
        ConsoleClient.Answer resent =
            owner.post(
                "/customers/resend",
                Map.of("key", key, "note", "고객 요청", "csrf", csrf, "q", "0705"));
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.body()).contains("다시 보냈습니다");
        assertThat(control.sensAcceptedTo(phone)).hasSize(sent + 1);

        // pages: no full number but on the customer page
        String today = owner.get("/today").body();
        String templatesPage = owner.get("/templates").body();
        OutputScan.assertNoFullPhone("the Today page", today);
        OutputScan.assertNoFullPhone("the Templates page", templatesPage);
        assertThat(today).contains("010-****-0705");
        assertThat(owner.get("/customers?q=0705").body()).contains("010-0000-0705");

        // wrong passwords: refused, then rate-limited, the right one too
        ConsoleClient guesser = new ConsoleClient(base);
        for (int i = 0; i < 5; i++) {
          assertThat(guesser.login("wrong-password-" + i).status()).isEqualTo(401);
        }
        assertThat(guesser.login("wrong-password-6").status()).isEqualTo(429);
        ConsoleClient.Answer limited = guesser.login(PASSWORD);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body()).contains("로그인 시도가 너무 많습니다");
        assertThat(guesser.hasSession()).isFalse();
      }
    }
  }

  static String printedUrl(Child console) {
    String out =
        console.awaitStdout(s -> s.contains("naver-sms console: http"), Duration.ofSeconds(90));
    int at = out.indexOf("http://");
    return out.substring(at, out.indexOf(' ', at));
  }

  private static String keyOf(String customerPage) {
    var m =
        java.util.regex.Pattern.compile("data-key=\"([^\"]*confirm_sms[^\"]*)\"")
            .matcher(customerPage);
    if (!m.find()) {
      throw new AssertionError("no confirmation on the customer page:\n" + customerPage);
    }
    return m.group(1);
  }
}
