package com.naversms.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.http.Json;
import com.naversms.simulator.sens.SensMessage;
import com.naversms.simulator.sens.SensSignature;
import com.naversms.simulator.sens.SensSim;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An advertising message to a number on SENS's unsubscribe list fails as at SENS (external-apis.md
 * C.3: "sends to numbers that have refused receipt fail automatically"): the request is accepted,
 * the message's carrier result is a failure, and the control API lists it apart, so a product that
 * sends it is caught. Informational messages to that number and advertising to others go.
 */
class SensUnsubscribedAdTest {
  private static final String SEND = "/sms/v2/services/" + SensSim.DEFAULT_SERVICE_ID + "/messages";
  private static final String REFUSED = "01000000931";
  private static final String OTHER = "01000000932";

  private final Simulator sim = Simulator.start();

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void advertisingToAnUnsubscribedNumber_failsAtTheCarrierAndIsListedApart() {
    sim.sens().unsubscribe("010-0000-0931");

    assertThat(send("AD", REFUSED).statusCode()).isEqualTo(202);
    assertThat(send("COMM", REFUSED).statusCode()).isEqualTo(202);
    assertThat(send("AD", OTHER).statusCode()).isEqualTo(202);

    List<SensMessage> accepted = sim.sens().accepted();
    assertThat(accepted).hasSize(3);
    assertThat(sim.sens().blockedAdvertising())
        .extracting(m -> m.to() + " " + m.contentType())
        .containsExactly(REFUSED + " AD");
    assertThat(carrierResult(accepted.get(0))).isEqualTo("COMPLETED UNSUBSCRIBED fail");
    assertThat(carrierResult(accepted.get(1))).isEqualTo("COMPLETED 0 success");
    assertThat(carrierResult(accepted.get(2))).isEqualTo("COMPLETED 0 success");

    JsonNode state = Json.parse(Http.get(sim.baseUrl() + "/_sim/state").body()).orElseThrow();
    assertThat(state.path("sens").path("blockedAdvertising")).hasSize(1);
    assertThat(state.path("sens").path("blockedAdvertising").get(0).path("to").asText())
        .isEqualTo(REFUSED);
    assertThat(state.path("sens").path("accepted")).hasSize(3);
  }

  private HttpResponse<String> send(String contentType, String to) {
    String body =
        "{\"type\":\"LMS\",\"contentType\":\""
            + contentType
            + "\",\"from\":\"0212345678\",\"subject\":\"예시\",\"content\":\"(광고) 예시스튜디오\\n"
            + "무료수신거부 080-000-0000\",\"messages\":[{\"to\":\""
            + to
            + "\"}]}";
    return Http.postJson(sim.baseUrl() + SEND, body, signed("POST", SEND));
  }

  /** The API gateway's headers for {@code method} on {@code uri}, signed now. */
  private static String[] signed(String method, String uri) {
    String ts = Long.toString(System.currentTimeMillis());
    String key = SensSim.DEFAULT_ACCESS_KEY;
    return new String[] {
      "x-ncp-apigw-timestamp",
      ts,
      "x-ncp-iam-access-key",
      key,
      "x-ncp-apigw-signature-v2",
      SensSignature.sign(SensSim.DEFAULT_SECRET_KEY, method, uri, ts, key)
    };
  }

  private String carrierResult(SensMessage m) {
    String uri = SEND + "/" + m.messageId();
    HttpResponse<String> response = Http.get(sim.baseUrl() + uri, signed("GET", uri));
    JsonNode item = Json.parse(response.body()).orElseThrow().path("messages").get(0);
    return item.path("status").asText()
        + " "
        + item.path("statusCode").asText()
        + " "
        + item.path("statusName").asText();
  }
}
