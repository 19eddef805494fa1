package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.dynamodb.DynamoLocalServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 on AWS state: an operator runs {@code naver-sms console} on a laptop against the
 * DynamoDB tables the cycles write ({@code STATE_BACKEND=dynamodb}, here DynamoDB Local). After a
 * cycle wrote records, the ledger and its last-cycle item there, the real HTTP pages find the
 * customer by the last four digits and by name with every message's text, show the day on 오늘, and a
 * resend through the console goes to SENS once and lands in the DynamoDB ledger.
 */
class ConsoleDynamoE2ETest {
  private static final Duration T = Duration.ofMinutes(3);
  private static final String PASSWORD = "dynamo-pass-0805";
  private static final String PHONE = "01000000805";
  private static final String NAME = "다이나모예시";

  @Test
  void onDynamoDb_thePagesFindTheCustomersMessages_andAResendLandsInTheLedgerTable(
      @TempDir Path work) throws Exception {
    try (DynamoLocalServer dynamo = new DynamoLocalServer();
        SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Path config = ShippedConfig.withoutQuietHours(work.resolve("config"));
      OffsetDateTime noon = PlanAt.kst(PlanAt.tomorrow(), "12:00");
      Map<String, String> env = new HashMap<>(PlanAt.env(sim, config, noon));
      env.putAll(
          Map.of(
              "STATE_BACKEND", "dynamodb",
              "DYNAMODB_ENDPOINT", "http://localhost:" + dynamo.port,
              "AWS_REGION", "ap-northeast-2",
              "AWS_ACCESS_KEY_ID", "fake",
              "AWS_SECRET_ACCESS_KEY", "fake",
              "CONSOLE_PASSWORD", PASSWORD));
      OutputScan.watchSecrets(List.of(PASSWORD));
      control.addBooking("1000001", NAME, PHONE, noon.plusMinutes(90));
      control.addBooking("1000002", NAME, PHONE, noon.plusMinutes(150));
      Product.run(env, work, T, "run").assertExit(0).assertNoFullPhone();
      int sent = control.sensAcceptedTo(PHONE).size();
      assertThat(sent)
          .as("the confirmations and the first booking's guide")
          .isGreaterThanOrEqualTo(2);
      assertThat(dynamo.client.scan(b -> b.tableName("sms_messages")).items())
          .as("the cycle's ledger is the DynamoDB table")
          .hasSize(sent);

      try (Child console = Product.start(env, work, "console", "--port", "0")) {
        ConsoleClient owner = ConsoleClient.loggedIn(console, PASSWORD);

        // 오늘: the last cycle from the session table, both stores' bookings with their messages
        ConsoleClient.Answer today = owner.get("/today");
        assertThat(today.status()).isEqualTo(200);
        assertThat(today.body())
            .contains("data-booking=\"1000001_", "data-booking=\"1000002_", "010-****-0805")
            .doesNotContain("010-0000-0805");
        var numbers =
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(owner.get("/today/numbers").body());
        assertThat(numbers.path("last-cycle").asText()).contains("정상");
        assertThat(numbers.path("sent").asText()).isEqualTo(Integer.toString(sent));

        // 고객: by the last four digits and by name, every message with its text
        for (String q : List.of("0805", NAME)) {
          ConsoleClient.Answer found =
              owner.get("/customers?q=" + java.net.URLEncoder.encode(q, "UTF-8"));
          assertThat(found.status()).isEqualTo(200);
          assertThat(count(found.body(), "<article class=\"message\"")).as(q).isEqualTo(sent);
          assertThat(found.body()).contains(NAME + " 010-0000-0805", "예약이 확정되었습니다");
        }

        // a resend through the page: SENS sees it once, the DynamoDB ledger holds it
        String page = owner.get("/customers?q=0805").body();
        String key = ConsoleClient.find(page, "data-key=\"([^\"]*confirm_sms[^\"]*)\"");
        ConsoleClient.Answer resent =
            owner.submit(
                "/customers/resend", page, Map.of("key", key, "note", "고객 요청", "q", "0805"));
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.body()).contains("다시 보냈습니다", "resend of " + key + " by console: 고객 요청");
        assertThat(control.sensAcceptedTo(PHONE)).hasSize(sent + 1);
        assertThat(dynamo.client.scan(b -> b.tableName("sms_messages")).items().toString())
            .contains("by console: 고객 요청");

        // 문구: the cycle function reads its config from S3, so the page never saves this folder;
        // it hands the checked file back with how to deploy it
        String templates = owner.get("/templates").body();
        assertThat(templates)
            .contains(
                "action=\"/templates/download\"", "상태가 DynamoDB에 있습니다", "config push --config ");
        String yaml = Files.readString(config.resolve("sms_templates.yaml"));
        String changed = yaml.replace("예약이 확정되었습니다.", "예약이 확정되었습니다. 고친 문구.");
        ConsoleClient.Answer file =
            owner.submit(
                "/templates/save",
                templates,
                Map.of("base", ConsoleClient.versionOf(templates), "note", "", "yaml", changed));
        assertThat(file.disposition()).hasValue("attachment; filename=\"sms_templates.yaml\"");
        assertThat(file.body()).isEqualTo(changed);
        assertThat(Files.readString(config.resolve("sms_templates.yaml"))).isEqualTo(yaml);
        console.signal("TERM").waitFor(Duration.ofSeconds(30)).assertExit(0).assertNoFullPhone();
      }
    }
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }
}
