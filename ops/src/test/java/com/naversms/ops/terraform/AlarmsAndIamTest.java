package com.naversms.ops.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Alarm thresholds of the issue and least-privilege IAM, as data. */
class AlarmsAndIamTest {
  private static Terraform tf;

  @BeforeAll
  static void parse() throws Exception {
    tf = Terraform.load();
  }

  private static void assertAlarm(
      String name, String metric, String statistic, int period, String operator, String threshold) {
    JsonNode a = tf.resource("aws_cloudwatch_metric_alarm", name);
    assertThat(a.path("metric_name").asText()).as(name + " metric").isEqualTo(metric);
    assertThat(a.path("statistic").asText()).as(name + " statistic").isEqualTo(statistic);
    assertThat(a.path("period").asInt()).as(name + " period").isEqualTo(period);
    assertThat(a.path("comparison_operator").asText()).as(name + " operator").isEqualTo(operator);
    assertThat(a.path("threshold").asText()).as(name + " threshold").isEqualTo(threshold);
    assertThat(a.path("alarm_actions").asText()).as(name + " actions").contains("alarm_actions");
  }

  @Test
  void thresholdsAreTheRunbooksOnes() {
    // issue 14 item 2: every period a multiple of the 20-minute cycle (were 300, 900, 1800, 300)
    assertAlarm("lambda_errors", "Errors", "Sum", 1200, "GreaterThanOrEqualToThreshold", "1");
    assertAlarm(
        "secrets_errors", "SecretsErrors", "Sum", 1200, "GreaterThanOrEqualToThreshold", "1");
    assertAlarm(
        "login_failures",
        "LoginFailures",
        "Sum",
        3600,
        "GreaterThanOrEqualToThreshold",
        "${var.login_failure_alarm_threshold}");
    for (String env : List.of("dev", "staging", "prod")) {
      assertThat(
              tf.tfvar("environments/" + env + ".tfvars", "login_failure_alarm_threshold").asInt())
          .isEqualTo(3);
    }
    assertAlarm(
        "comparison_mismatch", "${each.value}", "Sum", 1200, "GreaterThanOrEqualToThreshold", "1");
    JsonNode each =
        tf.resource("aws_cloudwatch_metric_alarm", "comparison_mismatch").path("for_each");
    assertThat(
            Map.of(
                "sms",
                each.path("sms").asText(),
                "db",
                each.path("db").asText(),
                "telegram",
                each.path("telegram").asText()))
        .containsEntry("sms", "SMSMismatchCount")
        .containsEntry("db", "DBMismatchCount")
        .containsEntry("telegram", "TelegramMismatchCount");
    assertAlarm(
        "sms_delivery_failed",
        "SMSDeliveryFailed",
        "Sum",
        1200,
        "GreaterThanOrEqualToThreshold",
        "1");
    assertAlarm(
        "comparison_match_percentage",
        "ComparisonMatchPercentage",
        "Average",
        1200,
        "LessThanThreshold",
        "100");
  }

  @Test
  void everyAlarmNotifiesTheTopicAndTreatsMissingDataAsFine_butTheHeartbeat() {
    List<JsonNode> alarms = tf.resources("aws_cloudwatch_metric_alarm");
    assertThat(alarms).hasSizeGreaterThanOrEqualTo(7);
    for (JsonNode a : alarms) {
      // the heartbeat (no-cycles) alarms on missing data itself: MetricsOperatorsCanTrustTest
      boolean heartbeat = a.path("alarm_name").asText().endsWith("-no-cycles");
      assertThat(a.path("treat_missing_data").asText())
          .isEqualTo(heartbeat ? "breaching" : "notBreaching");
      assertThat(a.path("alarm_actions").asText()).isEqualTo("${local.alarm_actions}");
    }
  }

  private static Map<String, List<String>> statements(String policyDocument) {
    Map<String, List<String>> out = new TreeMap<>();
    JsonNode doc = tf.find("data", "aws_iam_policy_document", policyDocument).orElseThrow();
    for (JsonNode s : doc.path("statement")) {
      List<String> actions = new ArrayList<>();
      s.path("actions").forEach(a -> actions.add(a.asText()));
      out.put(s.path("sid").asText(), actions);
    }
    return out;
  }

  @Test
  void cycleRoleMayDoExactlyWhatTheCycleDoes() {
    assertThat(statements("cycle"))
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "SmsTable",
                    List.of(
                        "dynamodb:BatchGetItem",
                        "dynamodb:GetItem",
                        "dynamodb:PutItem",
                        "dynamodb:UpdateItem",
                        "dynamodb:Scan"),
                    "SessionTable",
                    List.of("dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"),
                    "OptOutTable",
                    List.of("dynamodb:Scan"),
                    "LedgerTable",
                    List.of(
                        "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan"),
                    "Secrets",
                    List.of("secretsmanager:GetSecretValue"),
                    "InvokeLogin",
                    List.of("lambda:InvokeFunction"),
                    "ConfigList",
                    List.of("s3:ListBucket"),
                    "ConfigRead",
                    List.of("s3:GetObject"),
                    "Logs",
                    List.of("logs:CreateLogStream", "logs:PutLogEvents"))));
  }

  @Test
  void loginRoleReadsOnlyTheNaverSecretAndWritesOnlyTheSession() {
    Map<String, List<String>> login = statements("login");
    // issue 14 item 5: and puts a failed sign-in's evidence (EvidenceBucketTest checks where)
    assertThat(login.keySet())
        .containsExactly("LoginEvidence", "Logs", "NaverSecret", "SessionTable");
    assertThat(login.get("LoginEvidence")).containsExactly("s3:PutObject");
    assertThat(login.get("SessionTable"))
        .containsExactly("dynamodb:GetItem", "dynamodb:UpdateItem");
    JsonNode doc = tf.find("data", "aws_iam_policy_document", "login").orElseThrow();
    for (JsonNode s : doc.path("statement")) {
      assertThat(s.path("resources").toString()).doesNotContain("\"*\"");
    }
  }
}
