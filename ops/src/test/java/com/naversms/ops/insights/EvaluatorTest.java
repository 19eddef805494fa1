package com.naversms.ops.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final List<Map<String, Object>> EVENTS =
      List.of(
          Map.of(
              "timestamp",
              "2026-11-27T01:00:00Z",
              "action_type",
              "send_sms",
              "status",
              "success",
              "rule_name",
              "A"),
          Map.of(
              "timestamp",
              "2026-11-27T01:00:01Z",
              "action_type",
              "send_sms",
              "status",
              "failure",
              "rule_name",
              "A",
              "phone_masked",
              "010-****-5678"),
          Map.of(
              "timestamp",
              "2026-11-27T01:00:02Z",
              "action_type",
              "send_sms",
              "status",
              "success",
              "rule_name",
              "B"),
          Map.of(
              "timestamp",
              "2026-11-27T01:00:03Z",
              "event_type",
              "comparison_summary",
              "match_percentage",
              100,
              "match",
              true),
          Map.of(
              "timestamp", "2026-11-27T01:00:04Z", "event_type", "sms_comparison", "match", false),
          Map.of("timestamp", "2026-11-27T01:00:05Z", "action_type", "cycle", "duration_ms", 120));

  private static List<Map<String, Object>> run(String q) {
    return Evaluator.run(QueryParser.parse(q), EVENTS);
  }

  @Test
  void filterWithAndKeepsOnlyMatchingEvents() {
    assertThat(run("fields rule_name | filter action_type = \"send_sms\" and status = \"failure\""))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("rule_name", "A"));
  }

  @Test
  void statsCountByGroupsAndSortsDescending() {
    List<Map<String, Object>> rows =
        run(
            "filter action_type = 'send_sms' | stats count(*) as sends by rule_name | sort sends desc");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsEntry("rule_name", "A").containsEntry("sends", 2.0);
  }

  @Test
  void booleanMatchFalseFindsOnlyMismatches() {
    assertThat(run("filter match = false"))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("event_type", "sms_comparison"));
  }

  @Test
  void likeRegexAndIsPresentAndAverage() {
    assertThat(run("filter phone_masked like /5678$/")).hasSize(1);
    assertThat(run("filter ispresent(duration_ms) | stats avg(duration_ms) as avg_ms"))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("avg_ms", 120.0));
    assertThat(run("filter event_type like /comparison/ | stats count(*) as n"))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("n", 2.0));
  }

  @Test
  void limitAndSourceAndReferencedFields() {
    Query q =
        QueryParser.parse(
            "SOURCE '/aws/lambda/x' | fields @timestamp, rule_name | filter status != \"success\" | limit 1");
    assertThat(Evaluator.run(q, EVENTS)).hasSize(1);
    assertThat(q.referencedFields()).containsExactly("@timestamp", "rule_name", "status");
  }

  @Test
  void unsupportedCommandFailsLoudly() {
    assertThatThrownBy(() -> QueryParser.parse("parse @message 'x'"))
        .hasMessageContaining("unsupported command");
  }
}
