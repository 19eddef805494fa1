package com.naversms.formats.plan;

import static com.naversms.core.plan.PlanAssertions.plan;
import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.TestConfig.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.core.booking.Booking;
import com.naversms.core.plan.Plan;
import com.naversms.core.rules.Action;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.fixtures.TestConfig;
import com.naversms.core.rules.fixtures.TestTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Booking booking =
      aBooking().id(7).name("김민수").startingAt("2026-11-27 15:00").build();

  private static JsonNode parse(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void atIsTheInstantOnTheKoreanOffset_actionsCarryTheCommonFields() throws Exception {
    JsonNode root =
        parse(PlanJson.toJson(plan("2026-11-27 12:10", TestConfig.legacyRules(), booking), false));
    assertThat(root.get("at").asText()).isEqualTo("2026-11-27T12:10:00+09:00");
    assertThat(root.has("skipped")).isFalse();
    assertThat(root.get("problems").isArray()).isTrue();
    for (JsonNode a : root.get("actions")) {
      assertThat(a.get("rule").asText()).isEqualTo(TestConfig.RULE_1);
      assertThat(a.get("booking_num").asText()).isEqualTo("1051707_7");
      assertThat(a.get("store_id").asText()).isEqualTo("1051707");
    }
    assertThat(root.get("actions").findValuesAsText("type"))
        .containsExactly("create_db_record", "send_sms", "update_flag", "send_telegram");
  }

  @Test
  void sendSms_hasTheDesignFields() throws Exception {
    JsonNode sms =
        parse(PlanJson.toJson(plan("2026-11-27 12:10", TestConfig.legacyRules(), booking), false))
            .get("actions")
            .get(1);
    assertThat(sms.get("template").asText()).isEqualTo("confirmation");
    assertThat(sms.get("to").asText()).isEqualTo("01000001234");
    assertThat(sms.get("from").asText()).isEqualTo(TestConfig.DEFAULT_FROM);
    assertThat(sms.get("message_type").asText()).isEqualTo("SMS");
    assertThat(sms.get("subject").asText()).isEqualTo("다비스튜디오 안내");
    assertThat(sms.get("text").asText()).isEqualTo("김민수님, 예약이 확정되었습니다.");
    assertThat(sms.get("bytes").asInt()).isEqualTo(32);
    assertThat(sms.get("flag").asText()).isEqualTo("confirm_sms");
  }

  @Test
  void createDbRecord_isTheItemAsWritten_legacyAttributesFirst() throws Exception {
    JsonNode record =
        parse(PlanJson.toJson(plan("2026-11-27 12:10", TestConfig.legacyRules(), booking), false))
            .get("actions")
            .get(0)
            .get("record");
    assertThat(record.fieldNames())
        .toIterable()
        .containsExactly(
            "booking_num",
            "phone",
            "name",
            "booking_time",
            "confirm_sms",
            "remind_sms",
            "option_sms",
            "option_time",
            "biz_id",
            "option",
            "status");
    assertThat(record.get("phone").asText()).isEqualTo("010-0000-1234");
    assertThat(record.get("booking_time").asText()).isEqualTo("2026-11-27 15:00:00");
    assertThat(record.get("confirm_sms").asBoolean()).isFalse();
    assertThat(record.get("option_time").asText()).isEmpty();
  }

  @Test
  void updateFlagSlackAndLogEvent() throws Exception {
    var config =
        TestConfig.withRules(
            rule(
                "r",
                new Condition.All(List.of()),
                new Action.UpdateFlag("remind_sms", true),
                new Action.SendSlack("#ops", TestTemplate.of("{{ booking.name }}"), null, false),
                new Action.LogEvent("sms_failure", Map.of("reason", "test", "type", "ignored"))));
    JsonNode actions =
        parse(PlanJson.toJson(plan("2026-11-27 12:10", config, booking), false)).get("actions");
    assertThat(actions.get(0).get("flag").asText()).isEqualTo("remind_sms");
    assertThat(actions.get(0).get("value").asBoolean()).isTrue();
    assertThat(actions.get(1).get("channel").asText()).isEqualTo("#ops");
    assertThat(actions.get(1).get("text").asText()).isEqualTo("김민수");
    assertThat(actions.get(2).get("event_type").asText()).isEqualTo("sms_failure");
    assertThat(actions.get(2).get("reason").asText()).isEqualTo("test");
    assertThat(actions.get(2).get("type").asText())
        .as("fields never overwrite")
        .isEqualTo("log_event");
  }

  @Test
  void explain_listsSkippedRulesWithConditionAndReason() throws Exception {
    JsonNode skipped =
        parse(PlanJson.toJson(plan("2026-11-27 12:10", TestConfig.legacyRules(), booking), true))
            .get("skipped");
    assertThat(skipped).hasSize(3);
    JsonNode reminder = skipped.get(1);
    assertThat(reminder.get("rule").asText()).isEqualTo(TestConfig.RULE_3);
    assertThat(reminder.get("booking_num").asText()).isEqualTo("1051707_7");
    assertThat(reminder.get("store_id").asText()).isEqualTo("1051707");
    assertThat(reminder.get("condition").asText()).isEqualTo("time_before_booking(2)");
    assertThat(reminder.get("reason").asText()).isEqualTo("now 12:10 is before window start 13:00");
  }

  @Test
  void koreanIsWrittenUnescaped() {
    String json =
        PlanJson.toJson(plan("2026-11-27 12:10", TestConfig.legacyRules(), booking), false);
    assertThat(json).contains("예약확정 화성새솔점 김민수 1234").doesNotContain("\\u");
  }

  @Test
  void problemsAreAlwaysListed() throws Exception {
    Booking unknown = aBooking().store("5550000").startingAt("2026-11-27 15:00").build();
    JsonNode problems =
        parse(PlanJson.toJson(plan("2026-11-27 12:10", TestConfig.legacyRules(), unknown), false))
            .get("problems");
    assertThat(problems).isEmpty();
    JsonNode inWindow =
        parse(PlanJson.toJson(plan("2026-11-27 14:30", TestConfig.legacyRules(), unknown), false))
            .get("problems");
    assertThat(inWindow).hasSize(1);
    assertThat(inWindow.get(0).get("booking_id").asText()).isEqualTo("5550000_1001");
    assertThat(inWindow.get(0).get("reason").asText()).contains("not in stores.yaml");
  }

  @Test
  void actionsAsMaps_matchTheJsonActions() throws Exception {
    Plan p = plan("2026-11-27 13:10", TestConfig.legacyRules(), booking);
    List<Map<String, Object>> maps = PlanJson.actionsAsMaps(p);
    JsonNode tree = JSON.valueToTree(maps);
    assertThat(tree).isEqualTo(parse(PlanJson.toJson(p, false)).get("actions"));
  }
}
