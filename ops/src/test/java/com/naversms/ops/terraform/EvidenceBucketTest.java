package com.naversms.ops.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Login evidence that survives (issue 14 item 5) as Terraform builds it: a bucket whose objects
 * expire after 14 days, versioned, encrypted and closed to the public; the login function may only
 * put objects under its prefix and is told where ({@code LOGIN_EVIDENCE_URI}); outputs name the
 * bucket and the URI the runbook's {@code aws s3 cp} recipe uses.
 */
class EvidenceBucketTest {
  private static Terraform tf;

  @BeforeAll
  static void parse() throws Exception {
    tf = Terraform.load();
  }

  @Test
  void objectsExpireAfterFourteenDays() {
    JsonNode rule =
        tf.resource("aws_s3_bucket_lifecycle_configuration", "evidence").path("rule").get(0);
    assertThat(rule.path("status").asText()).isEqualTo("Enabled");
    assertThat(rule.path("expiration").get(0).path("days").asText())
        .isEqualTo("${var.expiration_days}");
    JsonNode variable = tf.file("modules/evidence/main.tf").path("variable");
    assertThat(variable.path("expiration_days").get(0).path("default").asInt()).isEqualTo(14);
    assertThat(rule.path("noncurrent_version_expiration").get(0).path("noncurrent_days").asInt())
        .isPositive();
    // the whole bucket, not a prefix only
    assertThat(rule.path("filter").get(0).size()).isZero();
  }

  @Test
  void bucketIsVersionedEncryptedAndPrivate() {
    assertThat(
            tf.resource("aws_s3_bucket_versioning", "evidence")
                .path("versioning_configuration")
                .get(0)
                .path("status")
                .asText())
        .isEqualTo("Enabled");
    assertThat(
            tf.resource("aws_s3_bucket_server_side_encryption_configuration", "evidence")
                .path("rule")
                .get(0)
                .path("apply_server_side_encryption_by_default")
                .get(0)
                .path("sse_algorithm")
                .asText())
        .isIn("AES256", "aws:kms");
    JsonNode block = tf.resource("aws_s3_bucket_public_access_block", "evidence");
    for (String flag :
        new String[] {
          "block_public_acls",
          "block_public_policy",
          "ignore_public_acls",
          "restrict_public_buckets"
        }) {
      assertThat(block.path(flag).asBoolean()).as(flag).isTrue();
    }
    assertThat(
            tf.resource("aws_s3_bucket_ownership_controls", "evidence")
                .path("rule")
                .get(0)
                .path("object_ownership")
                .asText())
        .isEqualTo("BucketOwnerEnforced");
    JsonNode module = tf.file("main.tf").path("module").path("evidence").get(0);
    assertThat(module.path("bucket_name").asText())
        .startsWith("${local.name_prefix}-login-evidence-")
        .contains("account_id");
  }

  @Test
  void loginFunctionMayOnlyPutUnderItsPrefix_andIsToldWhere() {
    JsonNode doc = tf.find("data", "aws_iam_policy_document", "login").orElseThrow();
    JsonNode put = null;
    for (JsonNode s : doc.path("statement")) {
      if (s.path("actions").toString().contains("s3:")) {
        assertThat(put).as("one S3 statement").isNull();
        put = s;
      }
    }
    assertThat(put).isNotNull();
    assertThat(put.path("sid").asText()).isEqualTo("LoginEvidence");
    assertThat(put.path("actions").size()).isEqualTo(1);
    assertThat(put.path("actions").get(0).asText()).isEqualTo("s3:PutObject");
    assertThat(put.path("resources").size()).isEqualTo(1);
    assertThat(put.path("resources").get(0).asText())
        .isEqualTo("${var.evidence_bucket_arn}/${var.evidence_prefix}*");
    // the cycle never touches the evidence
    JsonNode cycle = tf.find("data", "aws_iam_policy_document", "cycle").orElseThrow();
    assertThat(cycle.toString()).doesNotContain("evidence");

    JsonNode env =
        tf.resource("aws_lambda_function", "login").path("environment").get(0).path("variables");
    assertThat(env.path("LOGIN_EVIDENCE_URI").asText()).isEqualTo("${var.evidence_uri}");
    JsonNode functions = tf.file("main.tf").path("module").path("functions").get(0);
    assertThat(functions.path("evidence_uri").asText())
        .isEqualTo("s3://${module.evidence.bucket_name}/${local.evidence_prefix}");
    assertThat(functions.path("evidence_prefix").asText()).isEqualTo("${local.evidence_prefix}");
    assertThat(functions.path("evidence_bucket_arn").asText())
        .isEqualTo("${module.evidence.bucket_arn}");
    String prefix = tf.file("main.tf").path("locals").get(0).path("evidence_prefix").asText();
    assertThat(prefix).matches("([a-z0-9_-]+/)+");
  }

  @Test
  void outputsNameTheBucketAndTheUri() {
    JsonNode outputs = tf.file("outputs.tf").path("output");
    assertThat(outputs.path("evidence_bucket_name").get(0).path("value").asText())
        .isEqualTo("${module.evidence.bucket_name}");
    assertThat(outputs.path("evidence_uri").get(0).path("value").asText())
        .isEqualTo("s3://${module.evidence.bucket_name}/${local.evidence_prefix}");
  }
}
