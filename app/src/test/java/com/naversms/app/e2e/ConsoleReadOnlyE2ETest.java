package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, 문구 on a read-only config: {@code console --read-only} (the switch a deployment sets,
 * since root passes every permission check) never writes the folder; the page says why and how to
 * deploy ({@code config check}, {@code config push} with the folder), a valid draft comes back as
 * the file {@code sms_templates.yaml} to download, an invalid one is refused with its line and no
 * file, and a bad {@code CONSOLE_CONFIG_READ_ONLY} stops the console with exit 2 naming it.
 */
class ConsoleReadOnlyE2ETest {
  private static final Duration T = Duration.ofMinutes(3);
  private static final String PASSWORD = "read-only-pass-0905";
  private static final String ANCHOR = "예약이 확정되었습니다.";

  @Test
  void readOnly_theTemplatesPageHandsTheCheckedFileBack_andSaysHowToDeployIt(@TempDir Path work)
      throws Exception {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      Path config = ShippedConfig.withoutQuietHours(work.resolve("config"));
      Map<String, String> env =
          sim.env(Map.of("NAVER_SMS_CONFIG_DIR", config.toString(), "CONSOLE_PASSWORD", PASSWORD));
      OutputScan.watchSecrets(List.of(PASSWORD));
      Product.run(env, work, T, "run", "--init-state").assertExit(0);

      Result refused =
          Product.run(
              sim.env(
                  Map.of(
                      "NAVER_SMS_CONFIG_DIR",
                      config.toString(),
                      "CONSOLE_CONFIG_READ_ONLY",
                      "maybe")),
              work,
              T,
              "console",
              "--port",
              "0");
      refused.assertExit(2);
      assertThat(refused.stderr()).contains("CONSOLE_CONFIG_READ_ONLY=maybe: not a yes/no value");

      String before = Files.readString(config.resolve("sms_templates.yaml"));
      try (Child console = Product.start(env, work, "console", "--port", "0", "--read-only")) {
        ConsoleClient owner = ConsoleClient.loggedIn(console, PASSWORD);
        String page = owner.get("/templates").body();
        assertThat(page)
            .contains("action=\"/templates/download\"", "파일로 받기", "읽기 전용으로 열었습니다")
            .contains("naver-sms config push --config " + config.toAbsolutePath().normalize());
        String base = ConsoleClient.versionOf(page);
        String changed = before.replaceFirst(Pattern.quote(ANCHOR), ANCHOR + " 읽기 전용 확인.");

        // even the save route writes nothing: the checked draft comes back as the file
        for (String route : List.of("/templates/save", "/templates/download")) {
          ConsoleClient.Answer file =
              owner.submit(route, page, Map.of("base", base, "note", "배포용", "yaml", changed));
          assertThat(file.status()).as(route).isEqualTo(200);
          assertThat(file.disposition()).hasValue("attachment; filename=\"sms_templates.yaml\"");
          assertThat(file.body()).isEqualTo(changed);
        }

        // an invalid draft: its line on the page, no file
        String wrong = changed.replaceFirst(Pattern.quote(ANCHOR), ANCHOR + " {{ booking.nope }}");
        ConsoleClient.Answer invalid =
            owner.submit(
                "/templates/download", page, Map.of("base", base, "note", "", "yaml", wrong));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.disposition()).isEmpty();
        assertThat(invalid.body()).contains("sms_templates.yaml", "번째 줄", "nope");

        assertThat(Files.readString(config.resolve("sms_templates.yaml"))).isEqualTo(before);
        try (var backups = Files.list(config.resolve(".backup"))) {
          assertThat(backups.map(f -> f.getFileName().toString()))
              .as("no backup: nothing was replaced")
              .noneMatch(n -> n.startsWith("sms_templates"));
        }
        assertThat(Files.readString(config.resolve(".backup/changes.log")))
            .contains("sms_templates.yaml downloaded for deployment", "배포용");
        console.signal("TERM").waitFor(Duration.ofSeconds(30)).assertExit(0);
      }
    }
  }
}
