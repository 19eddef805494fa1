package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.dynamodb.DynamoLocalServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 5 from outside: {@code bin/naver-sms optout} as a child process, on DynamoDB Local
 * (the table Terraform creates) as on SQLite; every line it prints is scanned for full phones.
 */
class OptOutE2ETest {
  private static final Duration QUICK = Duration.ofMinutes(2);

  @Test
  void addListRemove_onDynamoDb_writeTheOptOutTable_andPrintNumbersMasked(@TempDir Path work)
      throws Exception {
    try (DynamoLocalServer dynamo = new DynamoLocalServer()) {
      Map<String, String> env =
          Map.of(
              "STATE_BACKEND", "dynamodb",
              "OPTOUT_TABLE", "sms_optouts",
              "DYNAMODB_ENDPOINT", "http://localhost:" + dynamo.port,
              "AWS_REGION", "ap-northeast-2",
              "AWS_ACCESS_KEY_ID", "fake",
              "AWS_SECRET_ACCESS_KEY", "fake");

      Result added =
          Product.run(env, work, QUICK, "optout", "add", "010-0000-0701", "--note", "전화 요청")
              .assertExit(0)
              .assertNoFullPhone();
      assertThat(added.stdout())
          .contains("added 010-****-0701 to the opt-out list (DynamoDB table sms_optouts)");
      assertThat(dynamo.client.scan(b -> b.tableName("sms_optouts")).items())
          .singleElement()
          .satisfies(item -> {
            assertThat(item.get("phone").s()).isEqualTo("01000000701");
            assertThat(item.get("note").s()).isEqualTo("전화 요청");
            assertThat(item.get("source").s()).isEqualTo("operator");
          });

      Result listed =
          Product.run(env, work, QUICK, "optout", "list", "--format", "json")
              .assertExit(0)
              .assertNoFullPhone();
      JsonNode entries = new ObjectMapper().readTree(listed.stdout());
      assertThat(entries).hasSize(1);
      assertThat(entries.get(0).path("phone").asText()).isEqualTo("010-****-0701");

      Result bad = Product.run(env, work, QUICK, "optout", "add", "02-1234-5678").assertExit(2);
      assertThat(bad.stderr()).contains("naver-sms optout add: NUMBER: not a Korean mobile number");

      Product.run(env, work, QUICK, "optout", "remove", "01000000701").assertExit(0);
      assertThat(dynamo.client.scan(b -> b.tableName("sms_optouts")).items()).isEmpty();
    }
  }

  @Test
  void theCompletionScriptAndTheHelp_knowTheCommand(@TempDir Path work) {
    Result completion = Product.run(Map.of(), work, QUICK, "completion").assertExit(0);
    assertThat(completion.stdout()).contains("optout", "--note", "--format");

    Result help = Product.run(Map.of(), work, QUICK, "optout", "--help").assertExit(0);
    assertThat(help.stdout()).contains("add", "remove", "list", "수신거부");
    Result add = Product.run(Map.of(), work, QUICK, "optout", "add", "--help").assertExit(0);
    assertThat(add.stdout()).contains("NUMBER", "--note", "--sqlite");
  }
}
