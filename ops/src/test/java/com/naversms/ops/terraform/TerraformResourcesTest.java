package com.naversms.ops.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resources the issue asks for, with the names, schedule and settings the runbook relies on.
 */
class TerraformResourcesTest {
  private static Terraform tf;

  @BeforeAll
  static void parse() throws Exception {
    tf = Terraform.load();
  }

  @Test
  void cycleFunctionIsAJava21ZipWithSnapStartOnAPublishedAlias() {
    JsonNode cycle = tf.resource("aws_lambda_function", "cycle");
    assertThat(cycle.path("runtime").asText()).isEqualTo("java21");
    assertThat(cycle.path("publish").asBoolean()).isTrue();
    assertThat(cycle.path("snap_start").get(0).path("apply_on").asText())
        .isEqualTo("PublishedVersions");
    assertThat(cycle.path("filename").asText()).contains("var.cycle_jar_path");
    JsonNode alias = tf.resource("aws_lambda_alias", "cycle_live");
    assertThat(alias.path("function_version").asText())
        .contains("aws_lambda_function.cycle.version");
  }

  /**
   * The cycle function deploys the lean package of the {@code lambda} module (issue 13 item 5,
   * issue 14 item 1), not the CLI jar: under Lambda's 50 MB direct-upload limit, no browser.
   */
  @Test
  void cycleFunctionDeploysTheLeanPackage() throws Exception {
    String path =
        tf.file("variables.tf")
            .path("variable")
            .path("cycle_jar_path")
            .get(0)
            .path("default")
            .asText();
    assertThat(path).isEqualTo("../../lambda/target/naver-sms-cycle.jar");
    String pom = java.nio.file.Files.readString(RepoPaths.root().resolve("lambda/pom.xml"));
    assertThat(pom).contains("<finalName>naver-sms-cycle</finalName>");
    assertThat(RepoPaths.root().resolve("infrastructure/terraform").resolve(path).normalize())
        .isEqualTo(RepoPaths.root().resolve("lambda/target/naver-sms-cycle.jar").normalize());
  }

  @Test
  void handlersNameClassesThatExistInTheJar() throws Exception {
    String cycleHandler = tf.resource("aws_lambda_function", "cycle").path("handler").asText();
    Class.forName(cycleHandler.substring(0, cycleHandler.indexOf("::")));
    String dockerfile =
        java.nio.file.Files.readString(
            RepoPaths.root().resolve("infrastructure/docker/login/Dockerfile"));
    String loginHandler =
        dockerfile.replaceAll("(?s).*CMD \\[\"([^\"]+)::handleRequest\"].*", "$1");
    Class.forName(loginHandler);
  }

  @Test
  void loginFunctionIsAContainerImageWithMemoryForChromium() {
    JsonNode login = tf.resource("aws_lambda_function", "login");
    assertThat(login.path("package_type").asText()).isEqualTo("Image");
    assertThat(login.path("image_uri").asText()).contains("var.login_image_uri");
    assertThat(tf.find("variable", "login_memory_mb", "").isPresent()).isFalse();
    assertThat(
            tf.file("variables.tf")
                .path("variable")
                .path("login_memory_mb")
                .get(0)
                .path("default")
                .asInt())
        .isGreaterThanOrEqualTo(2048);
  }

  @Test
  void scheduleRunsEveryTwentyMinutesAndIsSwitchedByAVariable() {
    JsonNode rule = tf.resource("aws_cloudwatch_event_rule", "trigger");
    assertThat(rule.path("schedule_expression").asText()).isEqualTo("cron(0/20 * * * ? *)");
    assertThat(rule.path("state").asText()).contains("var.enabled");
    assertThat(tf.file("main.tf").path("module").path("schedule").get(0).path("enabled").asText())
        .isEqualTo("${var.schedule_enabled}");
    assertThat(tf.resource("aws_cloudwatch_event_target", "cycle").path("arn").asText())
        .contains("var.target_function_arn");
  }

  @Test
  void tablesKeepTheLegacyKeysOnDemandWithRecoveryAndEncryption() {
    JsonNode sms = tf.resource("aws_dynamodb_table", "sms");
    assertThat(sms.path("hash_key").asText()).isEqualTo("booking_num");
    assertThat(sms.path("range_key").asText()).isEqualTo("phone");
    JsonNode session = tf.resource("aws_dynamodb_table", "session");
    assertThat(session.path("hash_key").asText()).isEqualTo("id");
    // issue 15 item 5: the opt-out list, a table of its own, created whatever create_tables says
    JsonNode optouts = tf.resource("aws_dynamodb_table", "optouts");
    assertThat(optouts.path("hash_key").asText()).isEqualTo("phone");
    assertThat(optouts.has("count")).as("the opt-out table is always created").isFalse();
    assertThat(optouts.path("name").asText()).isEqualTo("${var.optout_table_name}");
    for (JsonNode t : List.of(sms, session, optouts)) {
      assertThat(t.path("billing_mode").asText()).isEqualTo("PAY_PER_REQUEST");
      assertThat(t.path("point_in_time_recovery").get(0).path("enabled").asBoolean()).isTrue();
      assertThat(t.path("server_side_encryption").get(0).path("enabled").asBoolean()).isTrue();
    }
    assertThat(tf.tfvar("environments/prod.tfvars", "create_tables").asBoolean()).isFalse();
    assertThat(tf.tfvar("environments/prod.tfvars", "sms_table_name").asText()).isEqualTo("sms");
  }

  @Test
  void theMessageLedgerTable_hasItsKeysIndexesTtlRecoveryAndEncryption() {
    JsonNode ledger = tf.resource("aws_dynamodb_table", "ledger");
    assertThat(ledger.path("name").asText()).isEqualTo("${var.ledger_table_name}");
    assertThat(ledger.path("hash_key").asText()).isEqualTo("booking_num");
    assertThat(ledger.path("range_key").asText()).isEqualTo("entry");
    assertThat(ledger.path("billing_mode").asText()).isEqualTo("PAY_PER_REQUEST");
    assertThat(ledger.path("point_in_time_recovery").get(0).path("enabled").asBoolean()).isTrue();
    assertThat(ledger.path("server_side_encryption").get(0).path("enabled").asBoolean()).isTrue();
    assertThat(ledger.path("ttl").get(0).path("attribute_name").asText()).isEqualTo("expires_at");
    assertThat(ledger.path("ttl").get(0).path("enabled").asBoolean()).isTrue();
    List<String> indexes = new ArrayList<>();
    ledger
        .path("global_secondary_index")
        .forEach(i -> indexes.add(i.path("name").asText() + ":" + i.path("hash_key").asText()));
    assertThat(indexes).containsExactlyInAnyOrder("phone:phone", "awaiting:awaiting");
    JsonNode cycle = tf.resource("aws_lambda_function", "cycle");
    JsonNode env = cycle.path("environment").get(0).path("variables");
    assertThat(env.path("LEDGER_TABLE").asText()).isEqualTo("${var.ledger_table_name}");
    assertThat(env.path("LEDGER_RETENTION_DAYS").asText())
        .isEqualTo("${tostring(var.ledger_retention_days)}");
  }

  @Test
  void secretsUseTheLegacyNames() {
    JsonNode secret = tf.resource("aws_secretsmanager_secret", "credentials");
    assertThat(secret.path("name").asText()).isEqualTo("naver-sms-automation/${each.key}");
    List<String> keys = new ArrayList<>();
    tf.file("modules/secrets/main.tf")
        .path("locals")
        .get(0)
        .path("secrets")
        .fieldNames()
        .forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactlyInAnyOrder(
            "naver-credentials", "sens-credentials", "telegram-credentials", "slack-credentials");
  }

  @Test
  void logsAreKeptNinetyDaysInProd() {
    assertThat(tf.tfvar("environments/prod.tfvars", "log_retention_days").asInt()).isEqualTo(90);
    assertThat(tf.resource("aws_cloudwatch_log_group", "cycle").path("retention_in_days").asText())
        .isEqualTo("${var.log_retention_days}");
  }

  @Test
  void everyEnvironmentHasAVariableFile() {
    for (String env : List.of("dev", "staging", "prod")) {
      assertThat(tf.tfvar("environments/" + env + ".tfvars", "environment").asText())
          .isEqualTo(env);
    }
    assertThat(
            tf.file("variables.tf")
                .path("variable")
                .path("aws_region")
                .get(0)
                .path("default")
                .asText())
        .isEqualTo("ap-northeast-2");
  }

  @Test
  void alarmTopicHasEmailAndHttpsSubscriptionsAndTheLoginImageHasARepository() {
    assertThat(tf.resource("aws_sns_topic_subscription", "email").path("protocol").asText())
        .isEqualTo("email");
    assertThat(tf.resource("aws_sns_topic_subscription", "https").path("protocol").asText())
        .isEqualTo("https");
    assertThat(
            tf.resource("aws_ecr_repository", "login")
                .path("image_scanning_configuration")
                .get(0)
                .path("scan_on_push")
                .asBoolean())
        .isTrue();
  }
}
