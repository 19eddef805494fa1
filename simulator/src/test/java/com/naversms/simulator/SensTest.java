package com.naversms.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.http.Json;
import com.naversms.simulator.sens.SensMessage;
import com.naversms.simulator.sens.SensSignature;
import com.naversms.simulator.sens.SensSim;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SensTest {
  static final Simulator SIM = Simulator.start();
  static final String URI = "/sms/v2/services/" + SensSim.DEFAULT_SERVICE_ID + "/messages";

  @AfterAll
  static void stop() {
    SIM.close();
  }

  @BeforeEach
  void reset() {
    SIM.reset();
    SIM.sens().acceptAnySender(true);
  }

  static String body(String type, String from, String to, String content) {
    return "{\"type\":\""
        + type
        + "\",\"contentType\":\"COMM\",\"countryCode\":\"82\",\"from\":\""
        + from
        + "\",\"subject\":\"예시스튜디오 안내\",\"content\":"
        + Json.MAPPER.valueToTree(content)
        + ",\"messages\":[{\"to\":\""
        + to
        + "\"}]}";
  }

  static HttpResponse<String> send(String body, long timestamp, String accessKey, String secret) {
    String ts = Long.toString(timestamp);
    return Http.postJson(
        SIM.baseUrl() + URI,
        body,
        "x-ncp-apigw-timestamp",
        ts,
        "x-ncp-iam-access-key",
        accessKey,
        "x-ncp-apigw-signature-v2",
        SensSignature.sign(secret, "POST", URI, ts, accessKey));
  }

  static HttpResponse<String> send(String body) {
    return send(body, System.currentTimeMillis(), "sim-access-key", "sim-secret-key");
  }

  static HttpResponse<String> signedGet(String uri) {
    String ts = Long.toString(System.currentTimeMillis());
    return Http.get(
        SIM.baseUrl() + uri,
        "x-ncp-apigw-timestamp",
        ts,
        "x-ncp-iam-access-key",
        "sim-access-key",
        "x-ncp-apigw-signature-v2",
        SensSignature.sign("sim-secret-key", "GET", uri, ts, "sim-access-key"));
  }

  static JsonNode json(HttpResponse<String> response) {
    return Json.parse(response.body()).orElseThrow();
  }

  @Test
  void validSignedLms_isAcceptedWith202AndKept() {
    HttpResponse<String> response =
        send(body("lms", "0212345678", "01000001234", "안녕하세요 예약이 확정되었습니다."));

    assertThat(response.statusCode()).isEqualTo(202);
    JsonNode json = json(response);
    assertThat(json.get("statusCode").asText()).isEqualTo("202");
    assertThat(json.get("statusName").asText()).isEqualTo("success");
    assertThat(json.get("requestTime").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
    List<SensMessage> accepted = SIM.sens().accepted();
    assertThat(accepted).hasSize(1);
    SensMessage m = accepted.get(0);
    assertThat(m.requestId()).isEqualTo(json.get("requestId").asText());
    assertThat(m.type()).isEqualTo("LMS");
    assertThat(m.to()).isEqualTo("01000001234");
    assertThat(m.subject()).isEqualTo("예시스튜디오 안내");
    assertThat(m.content()).isEqualTo("안녕하세요 예약이 확정되었습니다.");
  }

  @Test
  void wrongSignature_is401() {
    HttpResponse<String> response =
        send(
            body("SMS", "0212345678", "01000001234", "hi"),
            System.currentTimeMillis(),
            "sim-access-key",
            "wrong-secret");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("error").path("details").asText()).contains("signature");
    assertThat(SIM.sens().accepted()).isEmpty();
  }

  @Test
  void timestampFiveMinutesOff_is401() {
    long stale = System.currentTimeMillis() - 5 * 60_000 - 1;
    HttpResponse<String> response =
        send(
            body("SMS", "0212345678", "01000001234", "hi"),
            stale,
            "sim-access-key",
            "sim-secret-key");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("error").path("details").asText()).contains("timestamp");
  }

  @Test
  void unknownAccessKey_is401() {
    HttpResponse<String> response =
        send(
            body("SMS", "0212345678", "01000001234", "hi"),
            System.currentTimeMillis(),
            "other-key",
            "sim-secret-key");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("error").path("details").asText()).contains("access key");
  }

  @Test
  void missingAuthHeaders_is401() {
    HttpResponse<String> response =
        Http.postJson(SIM.baseUrl() + URI, body("SMS", "0212345678", "01000001234", "hi"));
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void emoji_is400() {
    HttpResponse<String> response = send(body("LMS", "0212345678", "01000001234", "예약 확정 😀"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("error").path("details").asText()).contains("EUC-KR");
  }

  @Test
  void smsOver90Bytes_is400_butTheSameTextAsLms_passes() {
    String text = "가".repeat(46); // 92 EUC-KR bytes
    assertThat(send(body("SMS", "0212345678", "01000001234", text)).statusCode()).isEqualTo(400);
    assertThat(send(body("SMS", "0212345678", "01000001234", "가".repeat(45))).statusCode())
        .isEqualTo(202);
    assertThat(send(body("LMS", "0212345678", "01000001234", text)).statusCode()).isEqualTo(202);
  }

  @Test
  void lmsOver2000Bytes_is400() {
    HttpResponse<String> response =
        send(body("LMS", "0212345678", "01000001234", "가".repeat(1001)));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("error").path("details").asText()).contains("2000");
  }

  @Test
  void subjectOver40Bytes_is400() {
    String body =
        body("LMS", "0212345678", "01000001234", "본문").replace("예시스튜디오 안내", "가".repeat(21));
    assertThat(send(body).statusCode()).isEqualTo(400);
  }

  @Test
  void recipientWithHyphens_is400() {
    HttpResponse<String> response = send(body("LMS", "0212345678", "010-0000-1234", "본문"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("error").path("details").asText()).contains("digits");
  }

  @Test
  void unregisteredSender_is400_whenOnlyRegisteredSendersAreAccepted() {
    SIM.sens().acceptAnySender(false).registerSender("02-1234-5678");
    assertThat(send(body("LMS", "0299999999", "01000001234", "본문")).statusCode()).isEqualTo(400);
    assertThat(send(body("LMS", "0212345678", "01000001234", "본문")).statusCode()).isEqualTo(202);
  }

  @Test
  void badType_missingContent_noRecipients_andNonJson_are400() {
    assertThat(send(body("FAX", "0212345678", "01000001234", "본문")).statusCode()).isEqualTo(400);
    assertThat(
            send("{\"type\":\"LMS\",\"from\":\"0212345678\",\"messages\":[{\"to\":\"01000001234\"}]}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            send("{\"type\":\"LMS\",\"from\":\"0212345678\",\"content\":\"x\",\"messages\":[]}")
                .statusCode())
        .isEqualTo(400);
    assertThat(send("not json").statusCode()).isEqualTo(400);
  }

  @Test
  void wrongContentType_is400() {
    String ts = Long.toString(System.currentTimeMillis());
    HttpResponse<String> response =
        Http.post(
            SIM.baseUrl() + URI,
            "text/plain",
            body("LMS", "0212345678", "01000001234", "본문"),
            "x-ncp-apigw-timestamp",
            ts,
            "x-ncp-iam-access-key",
            "sim-access-key",
            "x-ncp-apigw-signature-v2",
            SensSignature.sign("sim-secret-key", "POST", URI, ts, "sim-access-key"));
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void listAndResultLookups_areSignedOverPathAndQuery() {
    String requestId =
        json(send(body("LMS", "0212345678", "01000001234", "본문"))).get("requestId").asText();

    HttpResponse<String> list = signedGet(URI + "?requestId=" + requestId);
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode listed = json(list).get("messages").get(0);
    assertThat(listed.get("to").asText()).isEqualTo("01000001234");

    HttpResponse<String> result = signedGet(URI + "/" + listed.get("messageId").asText());
    assertThat(result.statusCode()).isEqualTo(200);
    JsonNode message = json(result).get("messages").get(0);
    assertThat(message.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(message.get("statusCode").asText()).isEqualTo("0");

    String ts = Long.toString(System.currentTimeMillis());
    String pathOnlySignature =
        SensSignature.sign("sim-secret-key", "GET", URI, ts, "sim-access-key");
    HttpResponse<String> unsignedQuery =
        Http.get(
            SIM.baseUrl() + URI + "?requestId=" + requestId,
            "x-ncp-apigw-timestamp",
            ts,
            "x-ncp-iam-access-key",
            "sim-access-key",
            "x-ncp-apigw-signature-v2",
            pathOnlySignature);
    assertThat(unsignedQuery.statusCode()).isEqualTo(401);
  }
}
