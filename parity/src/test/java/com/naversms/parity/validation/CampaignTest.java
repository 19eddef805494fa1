package com.naversms.parity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.rules.Configuration;
import com.naversms.parity.legacy.LegacyFixtures;
import com.naversms.parity.legacy.LegacyPlanner;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignTest {
  private static final Configuration CONFIG = LegacyFixtures.config();
  private static final Instant AT = OffsetDateTime.parse("2026-11-27T10:00+09:00").toInstant();

  /** Actions in a reduced plan-JSON shape, enough for these expectations. */
  static List<Map<String, Object>> maps(Plan plan) {
    return plan.actions().stream()
        .map(a -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("type", a.type());
          m.put("booking_num", a.bookingNum());
          if (a instanceof PlannedAction.SendSms s) {
            m.put("template", s.template());
            m.put("from", s.from());
          }
          if (a instanceof PlannedAction.UpdateFlag f) {
            m.put("flag", f.flag());
          }
          return m;
        })
        .toList();
  }

  private static final Campaign.Planners SAME =
      new Campaign.Planners(LegacyPlanner::plan, LegacyPlanner::plan, CampaignTest::maps);

  private static Scenario scenario(String name, List<Map<String, Object>> expected) {
    var b = LegacyFixtures.aBooking().startingAt("2026-11-27T15:00+09:00").build();
    return new Scenario(
        name,
        name + ".json",
        "",
        List.of("test"),
        AT,
        List.of(b),
        List.of(),
        List.of(),
        expected,
        true,
        null,
        null,
        null,
        Map.of());
  }

  private static final List<Map<String, Object>> RIGHT =
      List.of(
          Map.of("type", "create_db_record"),
          Map.of("type", "send_sms", "template", "confirmation"),
          Map.of("type", "update_flag", "flag", "confirm_sms"),
          Map.of("type", "send_telegram"));

  @Test
  void everyScenarioPassing_isGo() {
    CampaignReport r =
        Campaign.run(
            "t", List.of(scenario("ok", RIGHT)), CONFIG, SAME, Performance.notMeasured("n/a"), AT);
    assertThat(r.results()).allMatch(ScenarioResult::passed);
    assertThat(r.decision()).isEqualTo("GO");
  }

  @Test
  void oneWrongExpectation_isNoGo_andTheReportNamesTheScenarioAndTheField() {
    List<Map<String, Object>> wrong =
        List.of(
            Map.of("type", "create_db_record"),
            Map.of("type", "send_sms", "template", "confirmation", "from", "01000009999"),
            Map.of("type", "update_flag", "flag", "confirm_sms"),
            Map.of("type", "send_telegram"));
    CampaignReport r =
        Campaign.run(
            "t",
            List.of(scenario("ok", RIGHT), scenario("wrong-sender", wrong)),
            CONFIG,
            SAME,
            Performance.notMeasured("n/a"),
            AT);
    assertThat(r.decision()).isEqualTo("NO-GO");
    assertThat(r.reasons()).containsExactly("scenario wrong-sender failed");
    ScenarioResult failed = r.results().get(1);
    assertThat(failed.failures())
        .singleElement()
        .asString()
        .contains("expected action #2 not planned")
        .contains("from expected 01000009999 got " + LegacyFixtures.DEFAULT_FROM);
    String md = CampaignMarkdown.render(r, Map.of());
    assertThat(md).startsWith("# Validation campaign: NO-GO").contains("### wrong-sender");
    assertThat(CampaignJson.asMap(r, Map.of())).containsEntry("decision", "NO-GO");
  }

  @Test
  void anActionBeyondTheExpectedOnes_failsAnExhaustiveScenario() {
    CampaignReport r =
        Campaign.run(
            "t",
            List.of(scenario("short", RIGHT.subList(0, 3))),
            CONFIG,
            SAME,
            Performance.notMeasured("n/a"),
            AT);
    assertThat(r.results().get(0).failures())
        .singleElement()
        .asString()
        .startsWith("unexpected action #4: send_telegram");
  }

  @Test
  void aBaselineThatDiffersUnexpectedly_isNoGo_evenWhenScenariosPass() {
    Campaign.Planners other =
        new Campaign.Planners(
            LegacyPlanner::plan,
            (bookings, records, now, config) -> new Plan(now, List.of(), List.of(), List.of()),
            CampaignTest::maps);
    CampaignReport r =
        Campaign.run(
            "t", List.of(scenario("ok", RIGHT)), CONFIG, other, Performance.notMeasured("n/a"), AT);
    assertThat(r.failed()).isZero();
    assertThat(r.unexpectedBaselineDifferences()).isEqualTo(4);
    assertThat(r.decision()).isEqualTo("NO-GO");
  }

  @Test
  void noScenarioAtAll_isNoGo() {
    assertThat(Campaign.run("t", List.of(), CONFIG, SAME, Performance.notMeasured("n/a"), AT).go())
        .isFalse();
  }
}
