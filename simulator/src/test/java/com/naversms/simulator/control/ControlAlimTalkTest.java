package com.naversms.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.sens.AlimTalkSim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code POST /_sim/alimtalk/templates}, AlimTalk outcomes and {@code alimtalk.accepted}. */
class ControlAlimTalkTest {
  static final Simulator SIM = Simulator.start();
  static final ControlHttp HTTP = new ControlHttp(SIM);
  static final String URI = "/alimtalk/v2/services/" + AlimTalkSim.DEFAULT_SERVICE_ID + "/messages";

  @AfterAll
  static void stop() {
    SIM.close();
  }

  @Test
  void registeredTemplate_isSendable_andTheOutcomeShowsInTheResult() {
    ControlHttp.Answer registered =
        HTTP.post(
            "/_sim/alimtalk/templates",
            "{\"plusFriendId\": \"@examplestudio\", \"templateCode\": \"EXGUIDE01\","
                + " \"text\": \"#{고객명}님, 이용 안내입니다.\"}");
    ControlHttp.Answer outcome =
        HTTP.post(
            "/_sim/sens/outcomes",
            "{\"channel\": \"alimtalk\", \"to\": \"01000000021\", \"result\": \"not_kakao_user\"}");
    ControlHttp.Answer sent =
        HTTP.sens(
            "POST",
            URI,
            "{\"plusFriendId\": \"@examplestudio\", \"templateCode\": \"EXGUIDE01\", \"messages\":"
                + " [{\"to\": \"01000000021\", \"content\": \"김민준님, 이용 안내입니다.\"}]}");

    assertThat(registered.status()).as(registered.body()).isEqualTo(200);
    assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
    assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    String messageId = sent.json().path("messages").get(0).path("messageId").asText();
    JsonNode result = HTTP.sens("GET", URI + "/" + messageId, null).json();
    assertThat(result.path("messageStatusCode").asText()).isEqualTo("3019");
    assertThat(result.has("failoverInfo")).as("no failover was asked for").isFalse();
    JsonNode state = HTTP.get("/_sim/state").json();
    assertThat(state.path("alimtalk").path("accepted")).hasSize(1);
    assertThat(state.path("alimtalk").path("accepted").get(0).path("templateCode").asText())
        .isEqualTo("EXGUIDE01");
  }

  @Test
  void templateWithoutChannelAt_isRefused() {
    ControlHttp.Answer answer =
        HTTP.post(
            "/_sim/alimtalk/templates",
            "{\"plusFriendId\": \"examplestudio\", \"templateCode\": \"X\", \"text\": \"t\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("field").asText()).isEqualTo("plusFriendId");
  }
}
