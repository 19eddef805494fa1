package com.naversms.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.sens.SensSim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /_sim/sens/unsubscribes} and the SENS route that serves the list. */
class ControlUnsubscribesTest {
  private final Simulator sim = Simulator.start();
  private final ControlHttp http = new ControlHttp(sim);
  private static final String LIST =
      "/sms/v2/services/" + SensSim.DEFAULT_SERVICE_ID + "/unsubscribes";

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void anEmptyList_answers404WithAnEmptyBody_asSensDoes() {
    ControlHttp.Answer answer = http.sens("GET", LIST, null);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).isEmpty();
  }

  @Test
  void numbersAdded_areServedInPages_oldestFirst_andOutliveAReset() {
    for (String to : new String[] {"01000000031", "01000000032", "01000000033"}) {
      ControlHttp.Answer added = http.post("/_sim/sens/unsubscribes", "{\"to\": \"" + to + "\"}");
      assertThat(added.status()).as(added.body()).isEqualTo(200);
    }
    http.post("/_sim/reset", null);

    JsonNode first = http.sens("GET", LIST + "?pageSize=2&pageIndex=0", null).json();
    JsonNode second = http.sens("GET", LIST + "?pageSize=2&pageIndex=1", null).json();

    assertThat(first).hasSize(2);
    assertThat(first.get(0).path("clientTelNo").asText()).isEqualTo("01000000031");
    assertThat(first.get(0).path("registerType").asText()).isEqualTo("M");
    assertThat(first.get(0).path("registerTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
    assertThat(second).hasSize(1);
    assertThat(second.get(0).path("clientTelNo").asText()).isEqualTo("01000000033");
  }

  @Test
  void theListIsSigned_andABadPageSizeIsRefused() {
    http.post("/_sim/sens/unsubscribes", "{\"to\": \"01000000031\"}");

    assertThat(http.sens("GET", LIST + "?pageSize=101", null).status()).isEqualTo(400);
    assertThat(http.get(LIST).status()).isEqualTo(401);
  }

  @Test
  void aBodyWithoutANumber_isRefusedNamingTheField() {
    ControlHttp.Answer answer = http.post("/_sim/sens/unsubscribes", "{\"phone\": \"0100\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("field").asText()).isIn("phone", "to");
  }
}
