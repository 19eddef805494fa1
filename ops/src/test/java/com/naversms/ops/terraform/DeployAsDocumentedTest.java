package com.naversms.ops.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 1: the traps between docs/deploy.md and a real {@code terraform apply}, held on the
 * parsed configuration (one test per trap; each fails when its fix is undone).
 */
class DeployAsDocumentedTest {
  private static final List<String> ENVIRONMENTS = List.of("dev", "staging", "prod");
  private static Terraform tf;

  @BeforeAll
  static void parse() throws Exception {
    tf = Terraform.load();
  }

  private static JsonNode variable(String name) {
    JsonNode v = tf.file("variables.tf").path("variable").path(name);
    assertThat(v.isArray()).as("variable " + name + " in variables.tf").isTrue();
    return v.get(0);
  }

  /** The one validation condition of a variable, without the ${ } around it. */
  private static String condition(String variable) {
    JsonNode validations = variable(variable).path("validation");
    assertThat(validations.isArray()).as(variable + " has a validation").isTrue();
    String c = validations.get(0).path("condition").asText();
    return c.substring(2, c.length() - 1);
  }

  /**
   * Every {@code regex("...", var.NAME)} of a condition, compiled (RE2 and Java agree on these).
   */
  private static List<Pattern> regexes(String condition, String variable) {
    Matcher m =
        Pattern.compile("regex\\(\"((?:[^\"\\\\]|\\\\.)*)\",\\s*var\\." + variable + "\\)")
            .matcher(condition);
    List<Pattern> out = new ArrayList<>();
    while (m.find()) {
      out.add(Pattern.compile(m.group(1).replace("\\\\", "\\").replace("\\\"", "\"")));
    }
    assertThat(out).as("regex(…, var." + variable + ") in " + condition).isNotEmpty();
    return out;
  }

  private static boolean anyMatches(List<Pattern> patterns, String value) {
    return patterns.stream().anyMatch(p -> p.matcher(value).matches());
  }

  private static String deployDoc() throws IOException {
    return Files.readString(RepoPaths.root().resolve("docs/deploy.md"));
  }

  @Test
  void asynchronousInvocationsOfBothFunctionsAreNeverRetried() {
    Map<String, String> byTarget = new java.util.TreeMap<>();
    for (JsonNode c : tf.resources("aws_lambda_function_event_invoke_config")) {
      assertThat(c.path("maximum_retry_attempts").isInt()).as(c.toString()).isTrue();
      assertThat(c.path("maximum_retry_attempts").asInt()).as(c.toString()).isZero();
      byTarget.put(
          c.path("function_name").asText() + "|" + c.path("qualifier").asText(""), c.toString());
    }
    // EventBridge invokes the alias `live`: the setting must be on that qualifier.
    assertThat(byTarget)
        .containsKey(
            "${aws_lambda_function.cycle.function_name}|${aws_lambda_alias.cycle_live.name}")
        .containsKey("${aws_lambda_function.login.function_name}|");
    assertThat(
            tf.resource("aws_cloudwatch_event_target", "cycle").path("arn").asText()
                + tf.file("main.tf")
                    .path("module")
                    .path("schedule")
                    .get(0)
                    .path("target_function_arn")
                    .asText())
        .contains("cycle_alias_arn");
  }

  @Test
  void theCycleIsToldHowLongTheLoginFunctionMayRun() {
    JsonNode variables =
        tf.resource("aws_lambda_function", "cycle").path("environment").get(0).path("variables");
    assertThat(variables.path("LOGIN_FUNCTION_TIMEOUT_SECONDS").asText())
        .isEqualTo("${tostring(aws_lambda_function.login.timeout)}");
    assertThat(tf.resource("aws_lambda_function", "login").path("timeout").asText())
        .isEqualTo("${var.login_timeout_seconds}");
    // The cycle outlives a login call (login timeout + 15 s in app/wiring/LoginFunctionClient).
    assertThat(condition("cycle_timeout_seconds"))
        .contains("var.cycle_timeout_seconds >= var.login_timeout_seconds + 60");
  }

  @Test
  void theLoginImageIsPinnedInEveryEnvironmentAndLatestIsRefused() {
    JsonNode tag = variable("login_image_tag");
    assertThat(tag.has("default")).as("login_image_tag has no default").isFalse();
    String condition = condition("login_image_tag");
    assertThat(condition).contains("var.login_image_tag != \"latest\" &&");
    List<Pattern> allowed = regexes(condition, "login_image_tag");
    assertThat(anyMatches(allowed, "")).as("empty tag refused").isFalse();
    assertThat(anyMatches(allowed, "<git-sha>")).as("the tfvars placeholder refused").isFalse();
    assertThat(anyMatches(allowed, "3f9c2ab")).as("a git commit tag accepted").isTrue();
    assertThat(anyMatches(allowed, "sha256:" + "0123456789abcdef".repeat(4)))
        .as("a digest accepted")
        .isTrue();
    for (String env : ENVIRONMENTS) {
      JsonNode value = tf.tfvar("environments/" + env + ".tfvars", "login_image_tag");
      assertThat(value.isTextual()).as(env + ".tfvars sets login_image_tag").isTrue();
      assertThat(value.asText()).as(env + ".tfvars").isNotBlank().isNotEqualTo("latest");
    }
    String uri = tf.file("main.tf").path("locals").get(0).path("login_image_uri").asText();
    assertThat(uri)
        .contains("${module.ecr.repository_url}:${var.login_image_tag}")
        .contains("${module.ecr.repository_url}@${var.login_image_tag}");
    assertThat(tf.file("main.tf").path("module").path("functions").get(0).path("login_image_uri"))
        .hasToString("\"${local.login_image_uri}\"");
  }

  @Test
  void existingSecretsAreAdoptedByNameWhenCreateSecretsIsFalse() throws IOException {
    assertThat(variable("create_secrets").path("type").asText()).isEqualTo("${bool}");
    assertThat(tf.file("main.tf").path("module").path("secrets").get(0).path("create_secrets"))
        .hasToString("\"${var.create_secrets}\"");
    JsonNode created = tf.resource("aws_secretsmanager_secret", "credentials");
    JsonNode adopted =
        tf.find("data", "aws_secretsmanager_secret", "credentials")
            .orElseThrow(() -> new AssertionError("no data.aws_secretsmanager_secret.credentials"));
    assertThat(created.path("for_each").asText()).contains("if var.create_secrets");
    assertThat(adopted.path("for_each").asText()).contains("if !var.create_secrets");
    assertThat(adopted.path("name").asText()).isEqualTo(created.path("name").asText());
    String arns =
        tf.file("modules/secrets/main.tf").path("output").path("secret_arns").get(0).toString();
    assertThat(arns)
        .contains("aws_secretsmanager_secret.credentials")
        .contains("data.aws_secretsmanager_secret.credentials");
    assertThat(tf.tfvar("environments/prod.tfvars", "create_secrets").asBoolean()).isFalse();
    String doc = deployDoc();
    for (String key :
        List.of(
            "naver-credentials", "sens-credentials", "telegram-credentials", "slack-credentials")) {
      assertThat(doc)
          .as("docs/deploy.md imports " + key)
          .containsPattern(
              "terraform import [^\\n]*'module\\.secrets\\.aws_secretsmanager_secret\\.credentials\\[\""
                  + key
                  + "\"]'");
    }
  }

  @Test
  void everyNamedResourceCarriesTheEnvironmentsPrefix() {
    assertThat(tf.file("main.tf").path("locals").get(0).path("name_prefix").asText())
        .contains("var.environment");
    assertThat(condition("name_prefix")).contains("strcontains").contains("var.environment");
    JsonNode modules = tf.file("main.tf").path("module");
    for (String[] input :
        List.of(
            new String[] {"ecr", "repository_name"},
            new String[] {"schedule", "rule_name"},
            new String[] {"monitoring", "name_prefix"})) {
      assertThat(modules.path(input[0]).get(0).path(input[1]).asText())
          .as("module " + input[0] + " " + input[1])
          .contains("${local.name_prefix}");
    }
    JsonNode locals = tf.file("main.tf").path("locals").get(0);
    for (String fn : List.of("cycle_function_name", "login_function_name")) {
      assertThat(locals.path(fn).asText()).startsWith("${local.name_prefix}-");
      assertThat(modules.path("functions").get(0).path(fn).asText())
          .isEqualTo("${local." + fn + "}");
    }
    // Inside the modules every name is built from those inputs: no literal names, no collisions.
    // Exceptions: the alias `live` (scoped to its function) and the secrets, whose legacy names
    // the code reads (core/secrets/KnownSecret; one set per account, adopted with create_secrets).
    List<String> nameAttributes =
        List.of("name", "function_name", "alarm_name", "dashboard_name", "repository_name");
    int checked = 0;
    for (JsonNode file : tfFiles()) {
      for (var types = file.path("resource").fields(); types.hasNext(); ) {
        var type = types.next();
        if (List.of("aws_lambda_alias", "aws_secretsmanager_secret").contains(type.getKey())) {
          continue;
        }
        for (var named = type.getValue().fields(); named.hasNext(); ) {
          var resource = named.next();
          for (JsonNode block : resource.getValue()) {
            for (String attribute : nameAttributes) {
              if (block.path(attribute).isTextual()) {
                checked++;
                assertThat(block.path(attribute).asText())
                    .as(type.getKey() + "." + resource.getKey() + "." + attribute)
                    .matches("(?s).*\\$\\{(var|aws_)[^}]*}.*");
              }
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(15);
    for (String dashboard : List.of("main", "comparison")) {
      assertThat(tf.resource("aws_cloudwatch_dashboard", dashboard).path("dashboard_name").asText())
          .startsWith("${var.name_prefix}-");
    }
  }

  /** The modules' files except state (table names come from tfvars) and secrets (legacy). */
  private static List<JsonNode> tfFiles() {
    List<JsonNode> out = new ArrayList<>();
    for (String f : tf.fileNames()) {
      if (f.startsWith("modules/")
          && f.endsWith(".tf")
          && !f.startsWith("modules/state/")
          && !f.startsWith("modules/secrets/")) {
        out.add(tf.file(f));
      }
    }
    return out;
  }

  @Test
  void prodRefusesToRunWithoutAnAlarmRecipient() {
    String condition = condition("alarm_email");
    assertThat(condition).startsWith("var.environment != \"prod\" ||");
    List<Pattern> valid = regexes(condition, "alarm_email");
    assertThat(anyMatches(valid, "")).as("empty refused in prod").isFalse();
    assertThat(anyMatches(valid, "  ")).as("blank refused in prod").isFalse();
    assertThat(anyMatches(valid, "oncall@example.com")).isTrue();
    assertThat(tf.resource("aws_sns_topic_subscription", "email").path("endpoint").asText())
        .isEqualTo("${var.alarm_email}");
  }

  @Test
  void stateIsLockedByAnS3LockFileAndTheProviderIsBounded() throws IOException {
    JsonNode terraform = tf.file("versions.tf").path("terraform").get(0);
    JsonNode s3 = terraform.path("backend").path("s3").get(0);
    assertThat(s3.path("use_lockfile").asBoolean()).as("backend s3 use_lockfile").isTrue();
    assertThat(s3.has("dynamodb_table")).isFalse();
    assertThat(terraform.path("required_version").asText()).isEqualTo(">= 1.10.0");
    assertThat(terraform.path("required_providers").get(0).path("aws").path("version").asText())
        .matches("~> 5\\.\\d+");
    String doc = deployDoc();
    assertThat(doc).doesNotContainPattern("(?<!aws_)dynamodb_table").contains("use_lockfile");
    assertThat(doc)
        .contains("terraform providers lock -platform=linux_amd64 -platform=darwin_arm64");
    String constraint =
        terraform.path("required_providers").get(0).path("aws").path("version").asText();
    String lock = Files.readString(Terraform.ROOT.resolve(".terraform.lock.hcl"));
    assertThat(lock)
        .contains("provider \"registry.terraform.io/hashicorp/aws\"")
        .containsPattern("version\\s*=\\s*\"5\\.\\d+\\.\\d+\"")
        .as("the lock records the constraint versions.tf states")
        .containsPattern("constraints\\s*=\\s*\"" + Pattern.quote(constraint) + "\"");
    var zipHashes = Pattern.compile("\"zh:[0-9a-f]{64}\"").matcher(lock).results().count();
    assertThat(zipHashes)
        .as("one zip checksum per platform HashiCorp publishes")
        .isGreaterThanOrEqualTo(10);
  }

  @Test
  void everyNameTheRunbookUsesIsAnOutput() throws IOException {
    List<String> outputs = new ArrayList<>();
    tf.file("outputs.tf").path("output").fieldNames().forEachRemaining(outputs::add);
    List<String> runbookNames =
        List.of(
            "cycle_function_name",
            "cycle_log_group_name",
            "login_function_name",
            "login_log_group_name",
            "schedule_rule_name",
            "sms_table_name",
            "session_table_name",
            "optout_table_name",
            "secret_names",
            "dashboard_names",
            "alarm_topic_name");
    assertThat(outputs).contains(runbookNames.toArray(String[]::new));
    assertThat(outputs).contains("alarm_topic_arn", "cycle_alias_arn", "login_repository_url");
    String runbook = Files.readString(RepoPaths.root().resolve("docs/ops/runbook.md"));
    for (String name : runbookNames) {
      assertThat(runbook).as("runbook points to output " + name).contains("`" + name + "`");
    }
  }

  @Test
  void ciChecksTheFormattingWhenTerraformIsInstalled() throws IOException {
    String ci = Files.readString(RepoPaths.root().resolve(".ci/run"));
    assertThat(ci)
        .contains("command -v terraform")
        .contains("terraform fmt -check -recursive infrastructure/terraform");
  }
}
