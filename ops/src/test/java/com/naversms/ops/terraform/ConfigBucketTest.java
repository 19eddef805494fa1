package com.naversms.ops.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Config without a rebuild (issue 14 item 3) as Terraform builds it: a config bucket that is
 * versioned, encrypted and closed to the public; the cycle may list and read only the config folder
 * in it and is told where it is ({@code NAVER_SMS_CONFIG_URI}); the outputs name the bucket and the
 * URI {@code config push} takes.
 */
class ConfigBucketTest {
  private static Terraform tf;

  @BeforeAll
  static void parse() throws Exception {
    tf = Terraform.load();
  }

  @Test
  void bucketIsVersionedEncryptedAndPrivate() {
    assertThat(
            tf.resource("aws_s3_bucket_versioning", "config")
                .path("versioning_configuration")
                .get(0)
                .path("status")
                .asText())
        .isEqualTo("Enabled");
    assertThat(
            tf.resource("aws_s3_bucket_server_side_encryption_configuration", "config")
                .path("rule")
                .get(0)
                .path("apply_server_side_encryption_by_default")
                .get(0)
                .path("sse_algorithm")
                .asText())
        .isIn("AES256", "aws:kms");
    JsonNode block = tf.resource("aws_s3_bucket_public_access_block", "config");
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
            tf.resource("aws_s3_bucket_ownership_controls", "config")
                .path("rule")
                .get(0)
                .path("object_ownership")
                .asText())
        .isEqualTo("BucketOwnerEnforced");
    JsonNode module = tf.file("main.tf").path("module").path("config").get(0);
    assertThat(module.path("bucket_name").asText())
        .startsWith("${local.name_prefix}-config-")
        .contains("account_id");
  }

  @Test
  void cycleReadsOnlyTheConfigFolder_andIsToldWhereItIs() {
    JsonNode doc = tf.find("data", "aws_iam_policy_document", "cycle").orElseThrow();
    JsonNode list = null;
    JsonNode read = null;
    for (JsonNode s : doc.path("statement")) {
      if (s.path("sid").asText().equals("ConfigList")) {
        list = s;
      }
      if (s.path("sid").asText().equals("ConfigRead")) {
        read = s;
      }
    }
    assertThat(list).isNotNull();
    assertThat(list.path("resources").get(0).asText()).isEqualTo("${var.config_bucket_arn}");
    assertThat(list.path("condition").get(0).path("values").get(0).asText())
        .isEqualTo("${var.config_prefix}*");
    assertThat(read).isNotNull();
    assertThat(read.path("resources").get(0).asText())
        .isEqualTo("${var.config_bucket_arn}/${var.config_prefix}*");

    JsonNode env =
        tf.resource("aws_lambda_function", "cycle").path("environment").get(0).path("variables");
    assertThat(env.path("NAVER_SMS_CONFIG_URI").asText()).isEqualTo("${var.config_uri}");
    JsonNode functions = tf.file("main.tf").path("module").path("functions").get(0);
    assertThat(functions.path("config_uri").asText())
        .isEqualTo("s3://${module.config.bucket_name}/${var.config_prefix}");
    assertThat(functions.path("config_bucket_arn").asText())
        .isEqualTo("${module.config.bucket_arn}");
  }

  @Test
  void outputsNameTheBucketAndTheUriConfigPushTakes() {
    JsonNode outputs = tf.file("outputs.tf").path("output");
    assertThat(outputs.path("config_bucket_name").get(0).path("value").asText())
        .isEqualTo("${module.config.bucket_name}");
    assertThat(outputs.path("config_uri").get(0).path("value").asText())
        .isEqualTo("s3://${module.config.bucket_name}/${var.config_prefix}");
  }
}
