package com.naversms.ops.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.adapters.observability.EmfMetrics;
import com.naversms.core.cost.Billed;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import com.naversms.ops.insights.QueryParser;
import com.naversms.ops.terraform.Terraform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every metric, namespace and log field used by the dashboards, alarms and the docs is one the code
 * emits, taken from the code's own single lists ({@link MetricName}, {@link LogField}).
 */
class ObservabilityContractTest {
  /** Metrics AWS publishes for Lambda itself. */
  private static final Set<String> LAMBDA_METRICS =
      Set.of("Errors", "Throttles", "Duration", "Invocations");

  /** Fields CloudWatch derives for every event. */
  private static final Set<String> BUILTIN_FIELDS = Set.of("@timestamp", "@message", "@logStream");

  private static Terraform tf;

  @BeforeAll
  static void parse() throws Exception {
    tf = Terraform.load();
  }

  private static Set<String> emitted(String namespace) {
    Set<String> out = new TreeSet<>();
    for (MetricName m : MetricName.values()) {
      if (m.namespace().equals(namespace)) {
        out.add(m.metricName());
      }
    }
    return out;
  }

  private static Set<String> fields() {
    Set<String> out = new TreeSet<>(BUILTIN_FIELDS);
    Arrays.stream(LogField.values()).map(LogField::key).forEach(out::add);
    return out;
  }

  @Test
  void dashboardMetricsAreEmittedUnderTheirNamespaceWithTheEmittedDimension() throws Exception {
    for (String file : List.of("main.json.tftpl", "comparison.json.tftpl")) {
      for (List<String> line : Dashboards.metricLines(Dashboards.render(file))) {
        String ns = line.get(0);
        String metric = line.get(1);
        if (ns.equals("AWS/Lambda")) {
          assertThat(LAMBDA_METRICS).as(file).contains(metric);
          assertThat(line.get(2)).isEqualTo("FunctionName");
        } else {
          assertThat(emitted(ns)).as(file + " namespace " + ns).contains(metric);
          if (metric.equals(MetricName.MESSAGE_COST.metricName())) {
            // per channel: the cycle emits one MessageCost per way a message is billed
            assertThat(line.subList(2, 6))
                .as(file + " " + metric + " dimensions")
                .containsExactly("Service", "naver-sms-automation", "Environment", "prod");
            assertThat(line.get(6)).isEqualTo(MetricName.CHANNEL_DIMENSION);
            assertThat(Billed.sent().stream().map(Billed::label)).contains(line.get(7));
            assertThat(line).hasSize(8);
          } else {
            assertThat(line.subList(2, line.size()))
                .as(file + " " + metric + " dimensions")
                .containsExactly("Service", "naver-sms-automation", "Environment", "prod");
          }
        }
      }
    }
  }

  @Test
  void theMetricDimensionsAreTheOnesTerraformPassesToAlarmsAndDashboards() {
    assertThat(tf.file("main.tf").path("locals").get(0).path("metric_service").asText())
        .isEqualTo(EmfMetrics.SERVICE);
    JsonNode dims =
        tf.file("modules/monitoring/alarms.tf").path("locals").get(0).path("metric_dimensions");
    List<String> names = new ArrayList<>();
    dims.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactlyInAnyOrder(EmfMetrics.SERVICE_DIMENSION, EmfMetrics.ENVIRONMENT_DIMENSION);
    assertThat(dims.path(EmfMetrics.ENVIRONMENT_DIMENSION).asText())
        .isEqualTo("${var.environment}");
  }

  @Test
  void everyAlarmWatchesAnEmittedMetric() {
    for (JsonNode alarm : tf.resources("aws_cloudwatch_metric_alarm")) {
      String ns = alarm.path("namespace").asText();
      List<String> metrics = new ArrayList<>();
      if (alarm.path("for_each").isObject()) {
        alarm.path("for_each").forEach(v -> metrics.add(v.asText()));
      } else {
        metrics.add(alarm.path("metric_name").asText());
      }
      for (String metric : metrics) {
        if (ns.equals("AWS/Lambda")) {
          assertThat(LAMBDA_METRICS).contains(metric);
        } else {
          String resolved =
              ns.equals("${local.main_namespace}")
                  ? MetricName.Namespace.MAIN
                  : MetricName.Namespace.COMPARISON;
          assertThat(emitted(resolved)).as(alarm.path("alarm_name").asText()).contains(metric);
        }
      }
    }
    JsonNode locals = tf.file("modules/monitoring/alarms.tf").path("locals").get(0);
    assertThat(locals.path("main_namespace").asText()).isEqualTo(MetricName.Namespace.MAIN);
    assertThat(locals.path("comparison_namespace").asText())
        .isEqualTo(MetricName.Namespace.COMPARISON);
  }

  @Test
  void runbookAlarmTableMatchesTerraform() throws Exception {
    List<OpsDocs.AlarmRow> rows = OpsDocs.alarms();
    // issue 11: sms-exhausted, sens-auth-failures; issue 14: no-cycles; issue 16:
    // sms-delivery-failed
    assertThat(rows).hasSize(13);
    for (OpsDocs.AlarmRow row : rows) {
      JsonNode alarm = alarmNamed(row.name());
      assertThat(alarm.path("statistic").asText()).as(row.name()).isEqualTo(row.statistic());
      assertThat(alarm.path("period").asInt()).as(row.name()).isEqualTo(row.period());
      String op = alarm.path("comparison_operator").asText();
      assertThat(row.condition())
          .as(row.name())
          .isEqualTo(op.equals("LessThanThreshold") ? "<" : ">=");
      String threshold = alarm.path("threshold").asText();
      if (threshold.startsWith("${var.")) {
        threshold =
            tf.tfvar("environments/prod.tfvars", threshold.substring(6, threshold.length() - 1))
                .asText();
      }
      assertThat(row.threshold()).as(row.name()).isEqualTo(threshold);
      if (!alarm.path("for_each").isObject()) {
        assertThat(alarm.path("metric_name").asText()).as(row.name()).isEqualTo(row.metric());
      }
    }
  }

  private static JsonNode alarmNamed(String name) {
    for (JsonNode a : tf.resources("aws_cloudwatch_metric_alarm")) {
      String pattern =
          a.path("alarm_name").asText().replace("${var.name_prefix}", "naver-sms-automation-prod");
      if (pattern.equals(name)) {
        return a;
      }
      if (pattern.contains("${each.key}")) {
        for (var it = a.path("for_each").fieldNames(); it.hasNext(); ) {
          String key = it.next();
          if (pattern.replace("${each.key}", key).equals(name)) {
            return a;
          }
        }
      }
    }
    throw new AssertionError("runbook names alarm " + name + " which Terraform does not define");
  }

  @Test
  void everyQueryInDocsAndDashboardsReadsOnlyEmittedFields() throws Exception {
    List<String> queries = new ArrayList<>();
    OpsDocs.queries().values().forEach(q -> queries.add(q.text()));
    for (String file : List.of("main.json.tftpl", "comparison.json.tftpl")) {
      queries.addAll(Dashboards.logQueries(Dashboards.render(file)));
    }
    assertThat(queries).hasSizeGreaterThanOrEqualTo(20);
    for (String q : queries) {
      assertThat(fields()).as(q).containsAll(QueryParser.parse(q).referencedFields());
    }
  }

  @Test
  void runbookNamesOnlyMetricsQueriesAndDashboardsThatExist() throws Exception {
    Set<String> queryIds = OpsDocs.queries().keySet();
    Set<String> metricNames = new TreeSet<>(LAMBDA_METRICS);
    Arrays.stream(MetricName.values()).map(MetricName::metricName).forEach(metricNames::add);
    metricNames.add(MetricName.Namespace.MAIN);
    for (String token : OpsDocs.backticked(OpsDocs.RUNBOOK)) {
      if (token.matches("[A-Z][A-Za-z]+") && !token.equals("GO")) {
        assertThat(metricNames).as("runbook metric `" + token + "`").contains(token);
      }
      if (token.matches("[a-z]+(-[a-z0-9]+)+")
          && !token.startsWith("naver-sms-automation")
          && !token.matches("[a-z]{2}-[a-z]+-[0-9]")) {
        assertThat(queryIds).as("runbook query `" + token + "`").contains(token);
      }
    }
    assertThat(OpsDocs.backticked(OpsDocs.RUNBOOK))
        .contains("naver-sms-automation-prod-dashboard", "naver-sms-automation-prod-comparison");
  }
}
