package com.naversms.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.sens.SensSim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlOutcomesTest {
  static final Simulator SIM = Simulator.start();
  static final ControlHttp HTTP = new ControlHttp(SIM);
  static final String URI = "/sms/v2/services/" + SensSim.DEFAULT_SERVICE_ID + "/messages";

  @AfterAll
  static void stop() {
    SIM.close();
  }

  @BeforeEach
  void reset() {
    HTTP.post("/_sim/reset", null);
  }

  /** Sends one SMS and returns its carrier result as the result endpoint reports it. */
  static JsonNode sendAndReadResult(String to) {
    String body =
        "{\"type\":\"SMS\",\"from\":\"01000000001\",\"content\":\"안내\",\"messages\":[{\"to\":\""
            + to
            + "\"}]}";
    ControlHttp.Answer sent = HTTP.sens("POST", URI, body);
    assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    String requestId = sent.json().path("requestId").asText();
    String messageId =
        HTTP.sens("GET", URI + "?requestId=" + requestId, null)
            .json()
            .path("messages")
            .get(0)
            .path("messageId")
            .asText();
    return HTTP.sens("GET", URI + "/" + messageId, null).json().path("messages").get(0);
  }

  static void outcome(String body) {
    ControlHttp.Answer answer = HTTP.post("/_sim/sens/outcomes", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  @Test
  void withoutOutcome_messagesAreDelivered() {
    JsonNode result = sendAndReadResult("01000000011");
    assertThat(result.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(result.path("statusCode").asText()).isEqualTo("0");
    assertThat(result.path("statusName").asText()).isEqualTo("success");
  }

  @Test
  void failedOutcome_isReportedForLaterMessagesToThatNumberOnly() {
    JsonNode before = sendAndReadResult("01000000012");
    outcome("{\"to\": \"01000000012\", \"result\": \"failed\", \"code\": \"3018\"}");
    JsonNode after = sendAndReadResult("01000000012");
    assertThat(after.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(after.path("statusCode").asText()).isEqualTo("3018");
    assertThat(after.path("statusName").asText()).isEqualTo("fail");
    assertThat(before.path("statusCode").asText()).isEqualTo("0");
    assertThat(sendAndReadResult("01000000013").path("statusCode").asText()).isEqualTo("0");
  }

  @Test
  void processingOutcome_hasNoResultYet() {
    outcome("{\"to\": \"01000000014\", \"result\": \"processing\"}");
    JsonNode result = sendAndReadResult("01000000014");
    assertThat(result.path("status").asText()).isEqualTo("PROCESSING");
    assertThat(result.has("statusCode")).isFalse();
  }

  @Test
  void reset_forgetsOutcomes() {
    outcome("{\"to\": \"01000000015\", \"result\": \"failed\"}");
    HTTP.post("/_sim/reset", null);
    assertThat(sendAndReadResult("01000000015").path("statusCode").asText()).isEqualTo("0");
  }

  @Test
  void alimtalkOutcome_isAccepted() {
    outcome("{\"channel\": \"alimtalk\", \"to\": \"01000000016\", \"result\": \"not_kakao_user\"}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"result\": \"failed\"}|to",
        "{\"to\": \"010-0000-0001\", \"result\": \"failed\"}|to",
        "{\"to\": \"01000000001\"}|result",
        "{\"to\": \"01000000001\", \"result\": \"lost\"}|result",
        "{\"to\": \"01000000001\", \"result\": \"not_kakao_user\"}|result",
        "{\"to\": \"01000000001\", \"result\": \"delivered\", \"code\": \"3018\"}|code",
        "{\"to\": \"01000000001\", \"result\": \"failed\", \"channel\": \"fax\"}|channel",
        "{\"to\": \"01000000001\", \"result\": \"failed\", \"reason\": \"x\"}|reason",
      })
  void badOutcome_is400NamingTheField(String body, String field) {
    ControlHttp.Answer answer = HTTP.post("/_sim/sens/outcomes", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().path("field").asText()).isEqualTo(field);
  }
}
