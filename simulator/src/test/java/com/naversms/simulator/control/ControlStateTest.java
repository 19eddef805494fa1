package com.naversms.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.naver.Scenario;
import com.naversms.simulator.naver.SimCookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ControlStateTest {
  static final Simulator SIM = Simulator.start();
  static final ControlHttp HTTP = new ControlHttp(SIM);

  @AfterAll
  static void stop() {
    SIM.close();
  }

  @BeforeEach
  void setUp() {
    SIM.reset();
    SIM.naver()
        .scenario(
            Scenario.generated(3, List.of("1000001", "1000002"), 4, LocalDate.of(2026, 12, 4)));
  }

  @Test
  void state_holdsStoresBookingsMessagesAndLogins() {
    HTTP.post(
        "/bot" + SIM.telegram().botToken() + "/sendMessage",
        "{\"chat_id\": \"" + SIM.telegram().chatId() + "\", \"text\": \"예약확정 강남점\"}");
    HTTP.post(SIM.slack().webhookPath(), "{\"text\": \"요약\"}");

    JsonNode state = HTTP.get("/_sim/state").json();
    assertThat(state.path("stores").toString()).isEqualTo("[\"1000001\",\"1000002\"]");
    assertThat(state.path("bookings")).hasSize(8);
    assertThat(state.path("sens").path("accepted")).isEmpty();
    assertThat(state.path("alimtalk").path("accepted").isArray()).isTrue();
    assertThat(state.path("alimtalk").path("accepted")).isEmpty();
    assertThat(state.path("telegram").get(0).path("chatId").asText())
        .isEqualTo(SIM.telegram().chatId());
    assertThat(state.path("telegram").get(0).path("text").asText()).isEqualTo("예약확정 강남점");
    assertThat(state.path("slack").get(0).path("text").asText()).isEqualTo("요약");
    assertThat(state.path("slack").get(0).has("channel")).isTrue();
    assertThat(state.path("logins").asInt()).isZero();
  }

  @Test
  void stateBookings_areWhatTheListEndpointReturns() {
    JsonNode state = HTTP.get("/_sim/state").json();
    JsonNode listed = HTTP.listBookings("1000001").json();
    for (JsonNode booking : listed) {
      assertThat(state.path("bookings")).contains(booking);
    }
  }

  @Test
  void sensAccepted_haveTheContractFields() {
    String body =
        "{\"type\":\"LMS\",\"from\":\"01000000001\",\"subject\":\"안내\",\"content\":\"본문\","
            + "\"messages\":[{\"to\":\"01000000021\"}]}";
    assertThat(
            HTTP.sens("POST", "/sms/v2/services/" + SIM.sens().serviceId() + "/messages", body)
                .status())
        .isEqualTo(202);
    JsonNode m = HTTP.get("/_sim/state").json().path("sens").path("accepted").get(0);
    assertThat(m.fieldNames())
        .toIterable()
        .containsExactly(
            "requestId", "type", "contentType", "from", "to", "subject", "content", "receivedAt");
    assertThat(m.path("type").asText()).isEqualTo("LMS");
    assertThat(m.path("to").asText()).isEqualTo("01000000021");
    assertThat(m.path("content").asText()).isEqualTo("본문");
  }

  @Test
  void expireSessions_invalidatesEveryIssuedSession() {
    String cookies = SimCookie.header(SIM.naver().issueSession());
    assertThat(HTTP.post("/_sim/naver/expire-sessions", null).status()).isEqualTo(200);
    assertThat(SIM.naver().validSession(cookies)).isFalse();
  }

  @Test
  void reset_clearsMessagesAndFaults_keepsBookingsAndSessions() {
    String cookies = SimCookie.header(SIM.naver().issueSession());
    HTTP.post(SIM.slack().webhookPath(), "{\"text\": \"요약\"}");
    HTTP.post("/_sim/faults", "{\"route\": \"slack.webhook\", \"status\": 500}");
    assertThat(HTTP.post("/_sim/reset", null).status()).isEqualTo(200);
    JsonNode state = HTTP.get("/_sim/state").json();
    assertThat(state.path("slack")).isEmpty();
    assertThat(state.path("bookings")).hasSize(8);
    assertThat(SIM.naver().validSession(cookies)).isTrue();
    assertThat(HTTP.post(SIM.slack().webhookPath(), "{\"text\": \"x\"}").status()).isEqualTo(200);
  }

  @Test
  void unknownControlPath_is404Json_andWrongMethod405() {
    ControlHttp.Answer unknown = HTTP.get("/_sim/nothing");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("error").asText()).contains("/_sim/nothing");
    assertThat(HTTP.get("/_sim").status()).isEqualTo(404);
    assertThat(HTTP.post("/_sim/state", "{}").status()).isEqualTo(405);
    assertThat(HTTP.get("/_sim/reset").status()).isEqualTo(405);
    assertThat(HTTP.get("/_sim/bookings/1").status()).isEqualTo(405);
    assertThat(HTTP.send("PUT", "/_sim/faults", "{}").status()).isEqualTo(405);
  }
}
