package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 items 1 and 10 from outside: bookings whose names and options try to steer the operator
 * channels (a Slack {@code <!channel>} with a disguised link, a user mention, line breaks that
 * forge {@code [ALERT]} lines, a right-to-left override, Telegram markup) go through one {@code
 * naver-sms run} against the simulator with Telegram and Slack configured. What the simulated
 * Telegram and Slack received holds no mention, no link and no forged line; the customers' SMS are
 * sent, not channel-escaped, each name on its line.
 */
class OperatorChannelInjectionE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String STORE = "1000001";

  /** The shipped rules plus one that tells Slack of each new booking with its options. */
  private static final String SLACK_PROBE =
      """

        - name: "New Booking Slack Notice"
          enabled: true
          conditions:
            - type: "booking_not_in_db"
          actions:
            - type: "send_slack"
              params:
                message: "신규 예약 {{ store.alias }} {{ booking.name }} {% for o in booking.options %}[{{ o.name }}]{% endfor %}"
      """;

  /** Name, option name, phone: every attack of the hostile campaign's injection cases. */
  private static final List<List<String>> HOSTILE =
      List.of(
          List.of("<!channel> <https://evil.example|click>", "<!here>", "01000000181"),
          List.of("<@U123> 한예시", "<https://evil.example|무료 쿠폰>", "01000000182"),
          List.of("한예시\n[ALERT] 문자 발송 실패", "옵션\n[ALERT] 가짜 옵션", "01000000183"),
          List.of("한예시\r\n[ALERT] 도어코드 0000", "옵션\r\n[ALERT]", "01000000184"),
          List.of("한예시\u202Egnp.exe\u2028[ALERT] LS", "옵션\u2029[ALERT] PS", "01000000185"),
          List.of(
              "&lt;!channel&gt; <b>굵게</b> *별* _밑줄_ [링크](https://evil.example)",
              "`코드` <i>x</i>",
              "01000000186"));

  private static OffsetDateTime slotAhead() {
    return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusHours(5).truncatedTo(ChronoUnit.MINUTES);
  }

  private static Path configWithSlackProbe(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(Repo.config())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(
        dir.resolve("rules.yaml"), SLACK_PROBE, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return dir;
  }

  @Test
  void hostileNamesAndOptions_reachTelegramAndSlackAsWords_andTheSmsAsSent(
      @TempDir Path work, @TempDir Path configDir) throws IOException {
    Path config = configWithSlackProbe(configDir);
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      for (List<String> h : HOSTILE) {
        Map<String, Object> booking = new LinkedHashMap<>();
        booking.put("store", STORE);
        booking.put("name", h.get(0));
        booking.put("phone", h.get(2));
        booking.put("start", slotAhead().toString());
        booking.put("options", List.of(Map.of("name", h.get(1), "count", 1)));
        control.addBooking(booking);
      }

      Map<String, String> env = new HashMap<>(sim.env());
      Result run =
          Product.run(env, work, RUN_TIMEOUT, "run", "--config", config.toString(), "--init-state")
              .assertNoFullPhone();

      List<JsonNode> telegram = control.telegram();
      // each line as posted (split at \n only): lines queued while a channel was busy share a
      // post (issue 19)
      List<String> telegramTexts =
          telegram.stream()
              .flatMap(m -> java.util.Arrays.stream(m.path("text").asText().split("\n")))
              .toList();
      List<String> slack =
          control.slack().stream()
              .flatMap(m -> java.util.Arrays.stream(m.path("text").asText().split("\n")))
              .toList();

      // one line per booking on each channel, and the cycle summary
      assertThat(telegramTexts).filteredOn(t -> t.startsWith("예약확정 강남점 ")).hasSize(6);
      assertThat(slack).filteredOn(t -> t.startsWith("신규 예약 강남점 ")).hasSize(6);
      assertThat(telegram).allSatisfy(m -> assertThat(m.path("parseMode").isNull()).isTrue());

      for (String text : concat(telegramTexts, slack)) {
        assertThat(text.lines())
            .as("no forged line in %s", text)
            .noneMatch(l -> l.stripLeading().startsWith("[ALERT]"));
        assertThat(text).doesNotContain("\r", "\u2028", "\u2029", "\u202E");
      }
      for (String text : slack) {
        assertThat(text)
            .as("no mention and no link in Slack")
            .doesNotContain("<", ">")
            .doesNotContain("<!channel>", "<!here>", "<@U123>", "<https://");
      }
      assertThat(slack)
          .contains(
              "신규 예약 강남점 &lt;!channel&gt; &lt;https://evil.example|click&gt; [&lt;!here&gt;]",
              "신규 예약 강남점 한예시 [ALERT] 문자 발송 실패 [옵션 [ALERT] 가짜 옵션]",
              "신규 예약 강남점 &amp;lt;!channel&amp;gt; &lt;b&gt;굵게&lt;/b&gt; *별* _밑줄_"
                  + " [링크](https://evil.example) [`코드` &lt;i&gt;x&lt;/i&gt;]");
      assertThat(telegramTexts)
          .contains(
              "예약확정 강남점 <!channel> <https://evil.example|click> 0181",
              "예약확정 강남점 한예시 [ALERT] 도어코드 0000 0184",
              "예약확정 강남점 한예시gnp.exe [ALERT] LS 0185");

      // the customer's own SMS: sent, the name as typed (SMS is not channel-escaped) on one line
      run.assertExit(0);
      assertThat(control.sensAccepted()).hasSize(6);
      assertThat(firstLine(control, "01000000181"))
          .isEqualTo("<!channel> <https://evil.example|click> 고객님, 안녕하세요.");
      assertThat(firstLine(control, "01000000183")).isEqualTo("한예시 [ALERT] 문자 발송 실패 고객님, 안녕하세요.");
    }
  }

  private static String firstLine(SimControl control, String phone) {
    List<JsonNode> sms = control.sensAcceptedTo(phone);
    assertThat(sms).as("SMS to %s", phone).hasSize(1);
    return sms.get(0).path("content").asText().lines().findFirst().orElseThrow();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
