package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 on a config with AlimTalk variants (issue 17), at the request level. 비용: after a cycle
 * that sent a confirmation as AlimTalk and the guide as SMS/LMS, {@code /costs} shows the 30 days
 * as a chart drawn on the server (SVG, one group per day) whose bars and total hold every message
 * the simulated SENS accepted, priced by the default cost table (AlimTalk 7.5, SMS 9, LMS 30 won),
 * with the SMS/LMS-only comparison; no full number on it. 문구: the confirmation's AlimTalk variant
 * beside its SMS/LMS, filled on the sample booking (template code, channel, length), in the page
 * and in the live preview's answer; a template without a variant has none.
 */
class ConsoleAlimTalkDayE2ETest {
  private static final Duration T = Duration.ofMinutes(3);
  private static final String PASSWORD = "costs-pass-1805";
  private static final String PHONE = "01000001805";
  private static final Pattern DAY =
      Pattern.compile("<g class=\"day\" data-date=\"([0-9-]+)\" data-count=\"(\\d+)\"");

  @Test
  void costsChartEveryMessageByChannel_andTemplatesShowTheirAlimTalkVariant(@TempDir Path work)
      throws Exception {
    Path config = AlimTalkE2ETest.config(work.resolve("config"));
    try (SimulatorProcess sim =
        SimulatorProcess.start("--bookings-per-store", "0", "--config", config.toString())) {
      SimControl control = sim.control();
      OffsetDateTime noon = PlanAt.kst(PlanAt.tomorrow(), "12:00");
      Map<String, String> env =
          sim.env(
              Map.of(
                  "NAVER_SMS_CONFIG_DIR",
                  config.toString(),
                  "SIMULATOR_PLAN_AT",
                  noon.toString(),
                  "ALIMTALK_ENABLED",
                  "true",
                  "CONSOLE_PASSWORD",
                  PASSWORD));
      OutputScan.watchSecrets(List.of(PASSWORD));
      control.addBooking("1000001", "비용예시", PHONE, noon.plusMinutes(90));
      Product.run(env, work, T, "run", "--init-state").assertExit(0).assertNoFullPhone();

      List<JsonNode> alimTalk =
          control.alimTalkAccepted().stream()
              .filter(m -> m.path("to").asText().equals(PHONE))
              .toList();
      List<JsonNode> sms = control.sensAcceptedTo(PHONE);
      assertThat(alimTalk).as("the confirmation as AlimTalk").hasSize(1);
      assertThat(sms).as("the guide as SMS/LMS").isNotEmpty();
      BigDecimal krw = new BigDecimal("7.5");
      for (JsonNode m : sms) {
        krw = krw.add(BigDecimal.valueOf(m.path("type").asText().equals("SMS") ? 9 : 30));
      }
      int count = 1 + sms.size();

      try (Child console = Product.start(env, work, "console", "--port", "0")) {
        ConsoleClient owner = ConsoleClient.loggedIn(console, PASSWORD);
        ConsoleClient.Answer costs = owner.get("/costs");
        assertThat(costs.status()).isEqualTo(200);
        String page = costs.body();
        OutputScan.assertNoFullPhone("the Costs page", page);

        // the chart: 30 days drawn on the server, their counts summing to every message
        assertThat(page)
            .contains("<svg class=\"chart\" id=\"cost-chart\"", "aria-current=\"page\">비용");
        Matcher days = DAY.matcher(page);
        int drawn = 0;
        int sum = 0;
        while (days.find()) {
          drawn++;
          sum += Integer.parseInt(days.group(2));
        }
        assertThat(drawn).isEqualTo(30);
        assertThat(sum).isEqualTo(count);
        assertThat(page)
            .contains("class=\"bar alimtalk\" data-channel=\"AlimTalk\" data-count=\"1\"")
            .containsAnyOf("class=\"bar sms\"", "class=\"bar lms\"");

        // the total, the table, the prices and what SMS/LMS only would have cost
        String total = krw.stripTrailingZeros().toPlainString();
        assertThat(page)
            .contains("id=\"cost-total\" data-count=\"" + count + "\"")
            .contains("알림톡 1건 7.5원", "합계 " + total + "원")
            .contains("SMS/LMS로만 보냈다면", "id=\"cost-days\"")
            .contains("단가 (원, 부가세 별도): SMS 9 · LMS 30 · MMS 100 · 알림톡 7.5");

        // 문구: the confirmation's AlimTalk variant beside it, filled on the sample booking
        String templates = owner.get("/templates").body();
        assertThat(templates)
            .contains("<section id=\"alimtalk\"", "<th>알림톡</th>")
            .containsPattern(
                "(?s)<tr data-key=\"booking_confirm\">(?:(?!<tr).)*<td class=\"alimtalk\"><pre class=\"text"
                    + " small\">김예시 고객님, 안녕하세요.")
            .containsPattern(
                "(?s)<tr data-key=\"day_before\">(?:(?!<tr).)*<td class=\"alimtalk\">-</td>");
        String yaml = java.nio.file.Files.readString(config.resolve("sms_templates.yaml"));
        JsonNode preview =
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(
                    owner
                        .submit(
                            "/templates/preview", templates, Map.of("booking", "", "yaml", yaml))
                        .body());
        JsonNode confirm = null;
        JsonNode dayBefore = null;
        for (JsonNode t : preview.path("templates")) {
          if (t.path("key").asText().equals("booking_confirm")) {
            confirm = t;
          } else if (t.path("key").asText().equals("day_before")) {
            dayBefore = t;
          }
        }
        assertThat(confirm).isNotNull();
        JsonNode variant = confirm.path("alimtalk");
        String filled = variant.path("text").asText();
        assertThat(variant.path("templateCode").asText()).isEqualTo("EXCONFIRM01");
        assertThat(variant.path("channel").asText()).isEqualTo("@examplestudio");
        assertThat(filled)
            .startsWith("김예시 고객님, 안녕하세요.")
            .contains("예약이 확정되었습니다 ✅")
            .doesNotContain("#{");
        assertThat(variant.path("characters").asInt())
            .isEqualTo(filled.codePointCount(0, filled.length()));
        assertThat(confirm.path("text").asText())
            .as("the SMS/LMS it fails over to")
            .contains("예약이 확정되었습니다.");
        assertThat(dayBefore).isNotNull();
        assertThat(dayBefore.path("alimtalk").isNull()).as("no variant").isTrue();

        console.signal("TERM").waitFor(Duration.ofSeconds(30)).assertExit(0).assertNoFullPhone();
      }
    }
  }
}
