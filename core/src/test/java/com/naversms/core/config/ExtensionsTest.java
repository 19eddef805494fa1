package com.naversms.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.Action;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Rule;
import com.naversms.core.template.TemplateContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format extensions: all/any/not, flag_set, store_id_matches, digest, template_params. */
class ExtensionsTest {
  @TempDir Path dir;

  private Configuration load(String rules, String telegram) throws IOException {
    for (String f : new String[] {"stores.yaml", "sms_templates.yaml", "slack_templates.yaml"}) {
      Files.copy(ShippedConfigTest.SHIPPED.resolve(f), dir.resolve(f));
    }
    Files.writeString(dir.resolve("rules.yaml"), rules, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("telegram_templates.yaml"), telegram, StandardCharsets.UTF_8);
    return ConfigLoader.load(dir);
  }

  @Test
  void nestedCompositions_mapToTheConditionTree() throws IOException {
    Rule rule =
        load(
                """
                option_keywords: ["후기"]
                rules:
                  - name: "Nested"
                    conditions:
                      - type: any
                        conditions:
                          - type: store_id_matches
                            params: {store_ids: [1000001, "1000002"]}
                          - type: all
                            conditions:
                              - type: flag_set
                                params: {flag: vip_sms}
                              - type: not
                                conditions:
                                  - type: booking_in_db
                                  - type: has_option_keyword
                    actions:
                      - type: update_flag
                        params: {flag_name: vip_sms, flag_value: false}
                """,
                "")
            .rules()
            .get(0);

    assertThat(rule.enabled()).isTrue();
    assertThat(rule.condition())
        .isEqualTo(
            new Condition.All(
                List.of(
                    new Condition.Any(
                        List.of(
                            new Condition.StoreIdMatches(List.of("1000001", "1000002")),
                            new Condition.All(
                                List.of(
                                    new Condition.FlagSet("vip_sms"),
                                    new Condition.Not(
                                        new Condition.All(
                                            List.of(
                                                new Condition.BookingInDb(),
                                                new Condition.HasOptionKeyword(List.of())))))))))));
    assertThat(rule.actions()).containsExactly(new Action.UpdateFlag("vip_sms", false));
  }

  @Test
  void slackDigestAndTelegramTemplateParams_renderWithTheirContexts() throws IOException {
    Configuration config =
        load(
            """
            option_keywords: ["후기"]
            rules:
              - name: "Digest"
                conditions:
                  - type: has_pro_edit_option
                actions:
                  - type: send_slack
                    params:
                      template_name: pro_edit_digest
                      digest: true
                  - type: send_telegram
                    params:
                      template_name: hello
                      template_params:
                        who: "{{ booking.name }}"
                        items: "{{ booking.options }}"
            """,
            """
            hello:
              text: "{{ who }}: {{ items | length }}"
              parse_mode: "Markdown"
            """);
    Rule rule = config.rules().get(0);
    var slack = (Action.SendSlack) rule.actions().get(0);
    var telegram = (Action.SendTelegram) rule.actions().get(1);
    Booking booking = SampleBookings.typical("1000001");
    var store = config.stores().byId("1000001").orElseThrow();

    assertThat(config.optionKeywords()).containsExactly("후기");
    assertThat(slack.digest()).isTrue();
    assertThat(slack.templateName()).isEqualTo("pro_edit_digest");
    assertThat(slack.channel()).isNull();
    assertThat(
            slack
                .text()
                .render(
                    TemplateContext.forDigest(
                        List.of(booking), store, SampleBookings.NOW, config.optionKeywords())))
        .contains("총 1건");
    assertThat(
            telegram
                .text()
                .render(
                    TemplateContext.forBooking(
                        booking, store, SampleBookings.NOW, config.optionKeywords())))
        .isEqualTo("김예시: 2");
    assertThat(telegram.templateName()).isEqualTo("hello");
  }
}
