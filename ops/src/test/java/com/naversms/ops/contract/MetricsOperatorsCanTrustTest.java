package com.naversms.ops.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.adapters.observability.EmfMetrics;
import com.naversms.app.demo.Demo;
import com.naversms.core.cost.Billed;
import com.naversms.core.observability.MetricName;
import com.naversms.ops.demo.DemoLogs;
import com.naversms.ops.terraform.Terraform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 2, on a demo day's EMF lines (the real cycle over 40 cycles against the simulator)
 * and on the parsed Terraform: every counter in every cycle, 0 included, under {@code Service} and
 * {@code Environment}; alarms and dashboards select both and count whole 20-minute cycles; the
 * heartbeat alarm fires when cycles stop.
 */
class MetricsOperatorsCanTrustTest {
  private static final int CYCLE_SECONDS = 1200;
  private static Terraform tf;

  @BeforeAll
  static void parse() throws Exception {
    tf = Terraform.load();
  }

  /**
   * The EMF documents of namespace NaverSMSAutomation the demo wrote under Service and Environment
   * only, one per cycle.
   */
  private static List<Map<String, Object>> mainDocuments() throws Exception {
    return mainDocuments(false);
  }

  /**
   * The EMF documents of namespace NaverSMSAutomation, with ({@code perChannel}) or without the
   * {@code Channel} dimension.
   */
  private static List<Map<String, Object>> mainDocuments(boolean perChannel) throws Exception {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> line : DemoLogs.normal()) {
      if (line.get("_aws") instanceof Map<?, ?> aws
          && aws.get("CloudWatchMetrics") instanceof List<?> directives
          && directives.get(0) instanceof Map<?, ?> directive
          && MetricName.Namespace.MAIN.equals(directive.get("Namespace"))
          && line.containsKey(MetricName.CHANNEL_DIMENSION) == perChannel) {
        out.add(line);
      }
    }
    return out;
  }

  @Test
  void everyCycleOfADemoDayEmitsMessageCostPerChannel_inKrw() throws Exception {
    List<Map<String, Object>> docs = mainDocuments(true);
    assertThat(docs).hasSize(40 * Billed.sent().size());
    double total = 0;
    for (Map<String, Object> doc : docs) {
      assertThat(doc)
          .containsKey(MetricName.MESSAGE_COST.metricName())
          .containsEntry(EmfMetrics.ENVIRONMENT_DIMENSION, Demo.ENVIRONMENT);
      assertThat(Billed.sent().stream().map(Billed::label))
          .contains((String) doc.get(MetricName.CHANNEL_DIMENSION));
      total += ((Number) doc.get(MetricName.MESSAGE_COST.metricName())).doubleValue();
    }
    // the demo day sends AlimTalk and LMS: its cost is more than nothing
    assertThat(total).isPositive();
  }

  @Test
  void everyCycleOfADemoDayEmitsEveryCounterWithBothDimensions() throws Exception {
    List<Map<String, Object>> docs = mainDocuments();
    long cycles =
        DemoLogs.normal().stream()
            .filter(e -> "cycle".equals(e.get("action_type")))
            .filter(e -> String.valueOf(e.get("message")).startsWith("cycle completed"))
            .count();
    assertThat(cycles).isEqualTo(40); // 09:00 to 22:00 KST every 20 minutes
    assertThat(docs).hasSize((int) cycles);
    int cyclesThatSent = 0;
    for (Map<String, Object> doc : docs) {
      for (MetricName counter : MetricName.everyCycleCounters()) {
        assertThat(doc).as(counter.metricName()).containsKey(counter.metricName());
      }
      assertThat(doc).containsKey(MetricName.CYCLE_DURATION.metricName());
      assertThat(doc)
          .containsEntry(EmfMetrics.SERVICE_DIMENSION, EmfMetrics.SERVICE)
          .containsEntry(EmfMetrics.ENVIRONMENT_DIMENSION, Demo.ENVIRONMENT);
      @SuppressWarnings("unchecked")
      Map<String, Object> directive =
          (Map<String, Object>)
              ((List<?>) ((Map<String, Object>) doc.get("_aws")).get("CloudWatchMetrics")).get(0);
      assertThat(directive.get("Dimensions"))
          .isEqualTo(
              List.of(List.of(EmfMetrics.ENVIRONMENT_DIMENSION, EmfMetrics.SERVICE_DIMENSION)));
      if (((Number) doc.get("SMSSent")).doubleValue() > 0) {
        cyclesThatSent++;
      }
    }
    // the demo day sends in some cycles only: the others still carry SMSSent = 0
    assertThat(cyclesThatSent).isBetween(1, docs.size() - 1);
    assertThat(MetricName.everyCycleCounters())
        .extracting(MetricName::metricName)
        .contains("SMSSent", "SMSFailed", "UncertainDeliveries", "LoginFailures", "SecretsErrors");
  }

  @Test
  void everyServiceAlarmSelectsBothDimensionsOverWholeCycles() {
    for (JsonNode alarm : tf.resources("aws_cloudwatch_metric_alarm")) {
      String name = alarm.path("alarm_name").asText();
      assertThat(alarm.path("period").asInt() % CYCLE_SECONDS).as(name + " period").isZero();
      if (!alarm.path("namespace").asText().equals("AWS/Lambda")) {
        assertThat(alarm.path("dimensions").asText())
            .as(name + " dimensions")
            .isEqualTo("${local.metric_dimensions}");
      }
    }
  }

  @Test
  void aHeartbeatAlarmFiresWhenNoCycleReportedForAnHour() {
    JsonNode a = tf.resource("aws_cloudwatch_metric_alarm", "no_cycles");
    assertThat(a.path("alarm_name").asText()).isEqualTo("${var.name_prefix}-no-cycles");
    assertThat(a.path("namespace").asText()).isEqualTo("${local.main_namespace}");
    assertThat(a.path("metric_name").asText()).isEqualTo(MetricName.CYCLE_DURATION.metricName());
    assertThat(a.path("statistic").asText()).isEqualTo("SampleCount");
    assertThat(a.path("period").asInt() * a.path("evaluation_periods").asInt()).isEqualTo(3600);
    assertThat(a.path("comparison_operator").asText()).isEqualTo("LessThanThreshold");
    assertThat(a.path("threshold").asInt()).isEqualTo(1);
    assertThat(a.path("treat_missing_data").asText()).isEqualTo("breaching");
    assertThat(a.path("alarm_actions").asText()).isEqualTo("${local.alarm_actions}");
    assertThat(a.path("dimensions").asText()).isEqualTo("${local.metric_dimensions}");
  }

  @Test
  void theCycleFunctionIsToldItsEnvironment_andTheMonitoringModuleSelectsIt() {
    JsonNode vars =
        tf.resource("aws_lambda_function", "cycle").path("environment").get(0).path("variables");
    assertThat(vars.path("NAVER_SMS_ENVIRONMENT").asText()).isEqualTo("${var.environment}");
    assertThat(
            tf.file("main.tf").path("module").path("functions").get(0).path("environment").asText())
        .isEqualTo("${var.environment}");
    assertThat(
            tf.file("main.tf")
                .path("module")
                .path("monitoring")
                .get(0)
                .path("environment")
                .asText())
        .isEqualTo("${var.environment}");
  }

  @Test
  void everyDashboardWidgetCountsWholeCycles() throws Exception {
    for (String file : List.of("main.json.tftpl", "comparison.json.tftpl")) {
      for (JsonNode w : Dashboards.render(file).path("widgets")) {
        if (w.path("type").asText().equals("metric")) {
          assertThat(w.path("properties").path("period").asInt() % CYCLE_SECONDS)
              .as(file + " " + w.path("properties").path("title").asText())
              .isZero();
        }
      }
    }
  }
}
