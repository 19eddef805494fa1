package com.naversms.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlFaultsTest {
  static final Simulator SIM = Simulator.start();
  static final ControlHttp HTTP = new ControlHttp(SIM);
  static final String HOOK = SIM.slack().webhookPath();

  @AfterAll
  static void stop() {
    SIM.close();
  }

  @BeforeEach
  void reset() {
    SIM.reset();
  }

  static int postToSlack() {
    return HTTP.post(HOOK, "{\"text\":\"x\"}").status();
  }

  static void fault(String body) {
    ControlHttp.Answer answer = HTTP.post("/_sim/faults", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  @Test
  void status_times_failsThatManyRequestsThenRecovers() {
    fault("{\"route\": \"slack.webhook\", \"status\": 503, \"times\": 2}");
    assertThat(postToSlack()).isEqualTo(503);
    assertThat(postToSlack()).isEqualTo(503);
    assertThat(postToSlack()).isEqualTo(200);
    assertThat(SIM.slack().messages()).hasSize(1);
  }

  @Test
  void status_withoutTimes_lastsUntilDeleted() {
    fault("{\"route\": \"slack.webhook\", \"status\": 500}");
    assertThat(postToSlack()).isEqualTo(500);
    assertThat(postToSlack()).isEqualTo(500);
    assertThat(HTTP.send("DELETE", "/_sim/faults", null).status()).isEqualTo(200);
    assertThat(postToSlack()).isEqualTo(200);
  }

  @Test
  void delay_holdsTheAnswer() {
    fault("{\"route\": \"slack.webhook\", \"delay_ms\": 300, \"times\": 1}");
    long start = System.nanoTime();
    assertThat(postToSlack()).isEqualTo(200);
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(290);
  }

  @Test
  void drop_closesTheConnectionWithoutAnAnswer() {
    fault("{\"route\": \"slack.webhook\", \"drop\": true, \"times\": 1}");
    assertThatThrownBy(ControlFaultsTest::postToSlack).isInstanceOf(UncheckedIOException.class);
    assertThat(SIM.slack().messages()).isEmpty();
    assertThat(postToSlack()).isEqualTo(200);
  }

  @Test
  void dropAfterHandling_acceptsThenDrops() {
    fault("{\"route\": \"slack.webhook\", \"drop\": true, \"after_handling\": true, \"times\": 1}");
    assertThatThrownBy(ControlFaultsTest::postToSlack).isInstanceOf(UncheckedIOException.class);
    assertThat(SIM.slack().messages()).hasSize(1);
  }

  @Test
  void malformed_cutsTheBody() {
    fault("{\"route\": \"naver.bookings\", \"malformed\": true, \"times\": 1}");
    SIM.naver().addStore("1000001");
    assertThat(HTTP.listBookings("1000001").body()).contains("truncated");
    assertThat(HTTP.listBookings("1000001").body()).isEqualTo("[]");
  }

  @Test
  void controlRequests_areNeitherFaultedNorRecorded() {
    fault("{\"route\": \"slack.webhook\", \"status\": 500}");
    assertThat(HTTP.get("/_sim/state").status()).isEqualTo(200);
    assertThat(SIM.requests(Routes.UNMATCHED)).isEmpty();
    assertThat(SIM.requests(Routes.SLACK_WEBHOOK)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"status\": 503}|route",
        "{\"route\": \"sens.typo\", \"status\": 503}|route",
        "{\"route\": \"sens.send\"}|status",
        "{\"route\": \"sens.send\", \"status\": 503, \"drop\": true}|drop",
        "{\"route\": \"sens.send\", \"status\": 700}|status",
        "{\"route\": \"sens.send\", \"status\": \"503\"}|status",
        "{\"route\": \"sens.send\", \"delay_ms\": -1}|delay_ms",
        "{\"route\": \"sens.send\", \"drop\": false}|drop",
        "{\"route\": \"sens.send\", \"status\": 503, \"times\": 0}|times",
        "{\"route\": \"sens.send\", \"status\": 503, \"retry_after\": \"soon\"}|retry_after",
        "{\"route\": \"sens.send\", \"status\": 503, \"time\": 3}|time",
        "{\"route\": 5, \"status\": 503}|route",
        "oops|body",
      })
  void badFault_is400NamingTheField_andAddsNothing(String body, String field) {
    ControlHttp.Answer answer = HTTP.post("/_sim/faults", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().path("field").asText()).isEqualTo(field);
    assertThat(postToSlack()).isEqualTo(200);
  }

  @Test
  void unknownRoute_errorListsTheKnownRoutes() {
    ControlHttp.Answer answer = HTTP.post("/_sim/faults", "{\"route\": \"sms\", \"status\": 503}");
    assertThat(answer.json().path("error").asText()).contains("sens.send", "naver.bookings");
  }
}
