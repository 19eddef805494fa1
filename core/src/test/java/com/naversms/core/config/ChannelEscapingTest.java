package com.naversms.core.config;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.BookingBuilder.kst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.core.booking.Booking;
import com.naversms.core.input.ConfigException;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 1 through the config and the planner: every value a Telegram or Slack template
 * prints is escaped for that channel and kept on one line, whatever the template does with it
 * (inline message, named template, template_params, digest loop); the operator's own markup stays
 * markup; {@code | raw} is the one way around it; SMS texts are never channel-escaped.
 */
class ChannelEscapingTest {
  private static final String PING = "<!channel> <https://evil.example|click>";
  private static final String FORGED = "한예시\r\n[ALERT] 문자 발송 실패\u2028[ALERT] 도어코드 0000";
  private static final String SAFE_PING = "&lt;!channel&gt; &lt;https://evil.example|click&gt;";

  @TempDir Path dir;

  private static final String RULES =
      """
      rules:
        - name: "Probe"
          conditions:
            - type: booking_not_in_db
          actions:
            - type: send_sms
              params: {template: confirmation}
            - type: update_flag
              params: {flag: confirm_sms}
            - type: send_telegram
              params:
                message: "예약확정 {{ store.alias }} {{ booking.name }} {{ booking.phone_last4 }}"
            - type: send_slack
              params:
                message: "<https://ops.example/b/{{ booking.book_id }}|예약> {{ booking.name }} {% for o in booking.options %}[{{ o.name }}]{% endfor %}"
            - type: send_slack
              params:
                template_name: who
                template_params:
                  who: "{{ booking.name }} ({{ booking.phone_last4 }})"
                  same: "{{ booking.name }}"
            - type: send_slack
              params:
                template_name: listed
                digest: true
      """;

  private Configuration load(String rules, String slack) throws IOException {
    for (String f : new String[] {"stores.yaml", "sms_templates.yaml", "telegram_templates.yaml"}) {
      Files.copy(ShippedConfigTest.SHIPPED.resolve(f), dir.resolve(f));
    }
    Files.writeString(dir.resolve("rules.yaml"), rules, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("slack_templates.yaml"), slack, StandardCharsets.UTF_8);
    return ConfigLoader.load(dir);
  }

  private Configuration probe() throws IOException {
    return load(
        RULES,
        """
        who: "*{{ who }}* / {{ same }}"
        listed: |
          {% for b in bookings %}
          - {{ b.name }}
          {% endfor %}
        """);
  }

  private static Booking hostile(String name, String option) {
    return aBooking()
        .id(9300000001L)
        .store("1000001")
        .name(name)
        .phone("01000000171")
        .startingAt("2026-11-27 18:00")
        .withOption(option, 1)
        .build();
  }

  private static Plan plan(Configuration config, Booking booking) {
    return Planner.plan(List.of(booking), Map.of(), kst("2026-11-27 12:10"), config);
  }

  private static List<String> texts(Plan plan, Class<? extends PlannedAction> type) {
    return plan.actions().stream()
        .filter(type::isInstance)
        .map(a ->
            switch (a) {
              case PlannedAction.SendTelegram t -> t.text();
              case PlannedAction.SendSlack s -> s.text();
              case PlannedAction.SendSms s -> s.text();
              default -> throw new IllegalStateException();
            })
        .toList();
  }

  @Test
  void slackTexts_carryNoMentionNorLinkFromTheBooking_butKeepTheOperatorsLink() throws IOException {
    Plan plan = plan(probe(), hostile(PING, "<@U123> &lt;b&gt;"));

    assertThat(texts(plan, PlannedAction.SendSlack.class))
        .containsExactly(
            "<https://ops.example/b/9300000001|예약> "
                + SAFE_PING
                + " [&lt;@U123&gt; &amp;lt;b&amp;gt;]",
            "*" + SAFE_PING + " (0171)* / " + SAFE_PING,
            "\n- " + SAFE_PING + "\n\n");
  }

  @Test
  void telegramAndSlackTexts_keepEachValueOnItsLine() throws IOException {
    Plan plan = plan(probe(), hostile(FORGED, "옵션\n[ALERT] 가짜"));

    assertThat(texts(plan, PlannedAction.SendTelegram.class))
        .containsExactly("예약확정 강남점 한예시 [ALERT] 문자 발송 실패 [ALERT] 도어코드 0000 0171");
    List<String> slack = texts(plan, PlannedAction.SendSlack.class);
    assertThat(slack.get(0)).endsWith("한예시 [ALERT] 문자 발송 실패 [ALERT] 도어코드 0000 [옵션 [ALERT] 가짜]");
    assertThat(slack)
        .allSatisfy(t ->
            assertThat(t.lines())
                .noneMatch(l -> l.startsWith("[ALERT]"))
                .noneMatch(l -> l.contains("\r") || l.contains("\u2028")));
  }

  @Test
  void aRightToLeftOverride_isDroppedFromEveryChannel() throws IOException {
    Plan plan = plan(probe(), hostile("한예시\u202Egnp.exe", "옵션"));

    assertThat(texts(plan, PlannedAction.SendTelegram.class))
        .containsExactly("예약확정 강남점 한예시gnp.exe 0171");
    assertThat(texts(plan, PlannedAction.SendSlack.class)).noneMatch(t -> t.contains("\u202E"));
    assertThat(texts(plan, PlannedAction.SendSms.class)).noneMatch(t -> t.contains("\u202E"));
  }

  @Test
  void smsText_isNotChannelEscaped_butTheNameStaysOnItsLine() throws IOException {
    Plan plan = plan(probe(), hostile("<한예시> & " + FORGED, "옵션"));

    assertThat(texts(plan, PlannedAction.SendSms.class))
        .singleElement()
        .satisfies(t -> {
          assertThat(t.lines().findFirst().orElseThrow())
              .isEqualTo("<한예시> & 한예시 [ALERT] 문자 발송 실패 [ALERT] 도어코드 0000 고객님, 안녕하세요.");
          assertThat(t.lines()).noneMatch(l -> l.startsWith("[ALERT]"));
        });
  }

  @Test
  void rawFilter_printsTheValueAsItIs() throws IOException {
    Configuration config =
        load(
            RULES.replace(
                "message: \"예약확정 {{ store.alias }} {{ booking.name }} {{ booking.phone_last4 }}\"",
                "message: \"{{ booking.name | raw }}\""),
            "who: \"{{ who | raw }}\"\nlisted: \"{{ count }}\"\n");
    Plan plan = plan(config, hostile(PING + "\n2", "옵션"));

    assertThat(texts(plan, PlannedAction.SendTelegram.class)).containsExactly(PING + "\n2");
    // the parameter was rendered (and escaped) as channel text; raw prints that text as it is
    assertThat(texts(plan, PlannedAction.SendSlack.class)).contains(SAFE_PING + " 2 (0171)");
  }

  @Test
  void autoescapeTag_isNotAvailable_soEscapingCannotBeSwitchedOffForABlock() throws IOException {
    assertThatThrownBy(() ->
            load(
                RULES,
                """
                who: "x"
                listed: |
                  {% autoescape false %}{{ count }}{% endautoescape %}
                """))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("slack_templates.yaml:3")
        .hasMessageContaining("autoescape");
  }
}
