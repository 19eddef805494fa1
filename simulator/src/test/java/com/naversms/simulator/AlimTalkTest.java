package com.naversms.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.naversms.simulator.http.Json;
import com.naversms.simulator.sens.AlimTalkMessage;
import com.naversms.simulator.sens.AlimTalkSim;
import com.naversms.simulator.sens.ApprovedTemplate;
import com.naversms.simulator.sens.CarrierOutcome;
import com.naversms.simulator.sens.SensSignature;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated SENS AlimTalk API: what it checks, what it keeps, what its results say. */
class AlimTalkTest {
  static final Simulator SIM = Simulator.start();
  static final String URI = "/alimtalk/v2/services/" + AlimTalkSim.DEFAULT_SERVICE_ID + "/messages";
  static final String CHANNEL = "@examplestudio";
  static final ApprovedTemplate CONFIRM =
      new ApprovedTemplate(
          CHANNEL,
          "EXCONFIRM01",
          "#{고객명} 고객님, 예약이 확정되었습니다.\n이용 일시: #{일시}",
          List.of(new ApprovedTemplate.Button("WL", "예약 확인", "https://example.com/b/#{번호}")));

  @AfterAll
  static void stop() {
    SIM.close();
  }

  @BeforeEach
  void reset() {
    SIM.reset();
    SIM.alimTalk().approve(CONFIRM);
  }

  static ObjectNode request(String channel, String code, int messages) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("plusFriendId", channel);
    body.put("templateCode", code);
    ArrayNode list = body.putArray("messages");
    for (int i = 0; i < messages; i++) {
      ObjectNode m = list.addObject();
      m.put("countryCode", "82");
      m.put("to", String.format("0100000%04d", i + 1));
      m.put("content", "김민준 고객님, 예약이 확정되었습니다.\n이용 일시: 2026-12-04 14:00");
      ObjectNode button = m.putArray("buttons").addObject();
      button.put("type", "WL");
      button.put("name", "예약 확인");
      button.put("linkMobile", "https://example.com/b/42");
      button.put("linkPc", "https://example.com/b/42");
      m.put("useSmsFailover", true);
      ObjectNode failover = m.putObject("failoverConfig");
      failover.put("type", "LMS");
      failover.put("from", "01000000001");
      failover.put("subject", "예약 안내");
      failover.put("content", "김민준 고객님, 예약이 확정되었습니다.");
    }
    return body;
  }

  static HttpResponse<String> send(JsonNode body, String secret) {
    String ts = Long.toString(System.currentTimeMillis());
    return Http.postJson(
        SIM.baseUrl() + URI,
        body.toString(),
        "x-ncp-apigw-timestamp",
        ts,
        "x-ncp-iam-access-key",
        "sim-access-key",
        "x-ncp-apigw-signature-v2",
        SensSignature.sign(secret, "POST", URI, ts, "sim-access-key"));
  }

  static HttpResponse<String> send(JsonNode body) {
    return send(body, "sim-secret-key");
  }

  static JsonNode result(String messageId) {
    String uri = URI + "/" + messageId;
    String ts = Long.toString(System.currentTimeMillis());
    HttpResponse<String> r =
        Http.get(
            SIM.baseUrl() + uri,
            "x-ncp-apigw-timestamp",
            ts,
            "x-ncp-iam-access-key",
            "sim-access-key",
            "x-ncp-apigw-signature-v2",
            SensSignature.sign("sim-secret-key", "GET", uri, ts, "sim-access-key"));
    assertThat(r.statusCode()).isEqualTo(200);
    return Json.parse(r.body()).orElseThrow();
  }

  static String errorCode(HttpResponse<String> r) {
    return Json.parse(r.body()).orElseThrow().path("error").path("errorCode").asText();
  }

  @Test
  void approvedContent_isAcceptedWithA000AndKeptWithItsFailover() {
    HttpResponse<String> r = send(request(CHANNEL, "EXCONFIRM01", 1));

    assertThat(r.statusCode()).isEqualTo(202);
    JsonNode m = Json.parse(r.body()).orElseThrow().path("messages").get(0);
    assertThat(m.path("requestStatusCode").asText()).isEqualTo("A000");
    assertThat(m.path("useSmsFailover").asBoolean()).isTrue();
    AlimTalkMessage kept = SIM.alimTalk().accepted().get(0);
    assertThat(kept.messageId()).isEqualTo(m.path("messageId").asText());
    assertThat(kept.templateCode()).isEqualTo("EXCONFIRM01");
    assertThat(kept.failover().type()).isEqualTo("LMS");
    assertThat(SIM.sens().accepted()).isEmpty();
  }

  @Test
  void outcomes_delivered_notKakaoUserFailsOverToSms_failoverFailed() {
    SIM.alimTalk().outcome("01000000002", new CarrierOutcome("not_kakao_user", null));
    SIM.alimTalk().outcome("01000000003", new CarrierOutcome("failed", "3018"));
    JsonNode sent = Json.parse(send(request(CHANNEL, "EXCONFIRM01", 3)).body()).orElseThrow();

    JsonNode delivered = result(sent.path("messages").get(0).path("messageId").asText());
    JsonNode failedOver = result(sent.path("messages").get(1).path("messageId").asText());
    JsonNode failoverFailed = result(sent.path("messages").get(2).path("messageId").asText());

    assertThat(delivered.path("messageStatusCode").asText()).isEqualTo("0000");
    assertThat(delivered.has("failoverInfo")).isFalse();
    assertThat(failedOver.path("messageStatusCode").asText()).isEqualTo("3019");
    assertThat(failedOver.path("failoverInfo").path("statusCode").asText()).isEqualTo("0");
    assertThat(failedOver.path("failoverInfo").path("type").asText()).isEqualTo("LMS");
    assertThat(failoverFailed.path("messageStatusCode").asText()).isEqualTo("3019");
    assertThat(failoverFailed.path("failoverInfo").path("statusCode").asText()).isEqualTo("3018");
    assertThat(failoverFailed.path("failoverInfo").path("statusName").asText()).isEqualTo("fail");
  }

  @Test
  void unknownChannel_unknownTemplate_contentMismatch_wrongButton_areRefusedWithTheirCodes() {
    ObjectNode mismatch = request(CHANNEL, "EXCONFIRM01", 1);
    ((ObjectNode) mismatch.path("messages").get(0)).put("content", "다른 내용입니다.");
    ObjectNode button = request(CHANNEL, "EXCONFIRM01", 1);
    ((ObjectNode) button.path("messages").get(0).path("buttons").get(0)).put("name", "지도");

    assertThat(errorCode(send(request("@unknown", "EXCONFIRM01", 1))))
        .isEqualTo("CHANNEL_NOT_FOUND");
    assertThat(errorCode(send(request(CHANNEL, "NOPE01", 1)))).isEqualTo("TEMPLATE_NOT_FOUND");
    assertThat(errorCode(send(mismatch))).isEqualTo("CONTENT_MISMATCH");
    assertThat(errorCode(send(button))).isEqualTo("BUTTON_MISMATCH");
    assertThat(SIM.alimTalk().accepted()).isEmpty();
  }

  @Test
  void moreThan100Messages_badSignature_areRefused() {
    HttpResponse<String> tooMany = send(request(CHANNEL, "EXCONFIRM01", 101));
    HttpResponse<String> unsigned = send(request(CHANNEL, "EXCONFIRM01", 1), "wrong-secret");

    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("at most 100");
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(send(request(CHANNEL, "EXCONFIRM01", 100)).statusCode()).isEqualTo(202);
  }
}
