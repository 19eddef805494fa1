package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 1, {@code daemon --console}: the console served beside the cycles, opened with the
 * one-time password of the printed URL (loopback, no password set); a template saved through it is
 * what the daemon's next cycle sends, without a restart.
 */
class ConsoleDaemonE2ETest {
  private static final Duration T = Duration.ofMinutes(3);
  private static final String ADDED = "데몬이 다음 주기에 읽은 문구";

  @Test
  void aTemplateSavedInTheDaemonsConsole_isSentByItsNextCycle(@TempDir Path work) throws Exception {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Path config = ShippedConfig.withoutQuietHours(work.resolve("config"));
      Map<String, String> env = sim.env(Map.of("NAVER_SMS_CONFIG_DIR", config.toString()));
      try (Child daemon =
          Product.start(
              env,
              work,
              "daemon",
              "--init-state",
              "--first-cycle-now",
              "--every-seconds",
              "4",
              "--console",
              "--console-port",
              "0")) {
        String err = daemon.awaitStderr(s -> s.contains("console at http"), T);
        Matcher m = Pattern.compile("console at (http://\\S+)").matcher(err);
        assertThat(m.find()).isTrue();
        String url = m.group(1);
        assertThat(url).contains("/login?token=");
        ConsoleClient owner = new ConsoleClient(ConsoleClient.baseOf(url));
        assertThat(owner.get(url.substring(url.indexOf("/login"))).location()).hasValue("/today");
        assertThat(owner.hasSession()).isTrue();

        String page = owner.get("/templates").body();
        Matcher base = Pattern.compile("name=\"base\" value=\"([^\"]+)\"").matcher(page);
        assertThat(base.find()).isTrue();
        String yaml = Files.readString(config.resolve("sms_templates.yaml"));
        String anchor = "예약이 확정되었습니다.";
        assertThat(yaml).contains(anchor);
        ConsoleClient.Answer saved =
            owner.post(
                "/templates/save",
                Map.of(
                    "csrf", ConsoleClient.csrfOf(page),
                    "base", base.group(1),
                    "note", "데몬 확인",
                    "yaml", yaml.replaceFirst(Pattern.quote(anchor), anchor + " " + ADDED)));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("저장했습니다");

        // the next cycle reads the changed folder; a booking made after that gets the new text
        daemon.awaitStdout(s -> s.contains("config changed: the next cycles use it"), T);
        String phone = "01000000905";
        control.addBooking(
            "1000001",
            "데몬예시",
            phone,
            OffsetDateTime.now(ZoneOffset.ofHours(9))
                .plusMinutes(150)
                .truncatedTo(ChronoUnit.MINUTES));
        long deadline = System.nanoTime() + T.toNanos();
        while (control.sensAcceptedTo(phone).isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(500);
        }
        assertThat(control.sensAcceptedTo(phone))
            .anySatisfy(s -> assertThat(s.path("content").asText()).contains(anchor + " " + ADDED));
        daemon.signal("TERM").waitFor(Duration.ofSeconds(30)).assertExit(0).assertNoFullPhone();
      }
    }
  }
}
