package com.naversms.ops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.ops.contract.Dashboards;
import com.naversms.ops.contract.OpsDocs;
import com.naversms.ops.insights.Evaluator;
import com.naversms.ops.insights.QueryParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every Logs Insights query of docs/ops/cloudwatch-queries.md and of the dashboards against
 * the log lines of a real demo day, normal and in comparison mode, and checks each returns what the
 * doc says it should.
 */
class DocumentedQueriesTest {

  @Test
  void everyDocumentedQueryReturnsWhatTheRunbookSaysOnANormalDemoDay() throws Exception {
    check(DemoLogs.normal(), false);
  }

  @Test
  void everyDocumentedQueryReturnsWhatTheRunbookSaysOnAComparisonDemoDay() throws Exception {
    check(DemoLogs.comparison(), true);
  }

  @Test
  void dashboardLogWidgetsReturnRowsOnTheirDemoDay() throws Exception {
    for (String q : Dashboards.logQueries(Dashboards.render("main.json.tftpl"))) {
      assertThat(Evaluator.run(QueryParser.parse(q), DemoLogs.normal())).as(q).isNotEmpty();
    }
    for (String q : Dashboards.logQueries(Dashboards.render("comparison.json.tftpl"))) {
      if (!q.contains("match = false")) {
        assertThat(Evaluator.run(QueryParser.parse(q), DemoLogs.comparison())).as(q).isNotEmpty();
      }
    }
  }

  private static void check(List<Map<String, Object>> events, boolean comparisonMode)
      throws Exception {
    assertThat(events).isNotEmpty();
    Map<String, String> placeholders = placeholders(DemoLogs.normal());
    List<String> failures = new ArrayList<>();
    for (OpsDocs.DocQuery q : OpsDocs.queries().values()) {
      String text = q.text();
      for (var p : placeholders.entrySet()) {
        text = text.replace(p.getKey(), p.getValue());
      }
      String expect = comparisonMode ? q.expectComparison() : q.expectNormal();
      List<Map<String, Object>> rows = Evaluator.run(QueryParser.parse(text), events);
      String problem = Expectation.check(expect, rows);
      if (problem != null) {
        failures.add(
            q.id()
                + " ("
                + (comparisonMode ? "comparison" : "normal")
                + "): expected "
                + expect
                + ", "
                + problem);
      }
    }
    assertThat(failures).isEmpty();
  }

  /** A real booking id and phone suffix from a delivered SMS of the normal demo day. */
  private static Map<String, String> placeholders(List<Map<String, Object>> events) {
    for (Map<String, Object> e : events) {
      if ("send_sms".equals(e.get("action_type")) && "success".equals(e.get("status"))) {
        String phone = String.valueOf(e.get("phone_masked"));
        return Map.of(
            "BOOKING_ID", String.valueOf(e.get("booking_id")),
            "PHONE_LAST4", phone.substring(phone.length() - 4));
      }
    }
    throw new AssertionError("the normal demo day delivered no SMS");
  }
}
