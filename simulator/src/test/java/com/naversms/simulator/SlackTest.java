package com.naversms.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.http.Json;
import com.naversms.simulator.slack.SlackMessage;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackTest {
  static final Simulator SIM = Simulator.start();
  static final String HOOK = SIM.baseUrl() + SIM.slack().webhookPath();
  static final String API = SIM.baseUrl() + "/api/chat.postMessage";

  @AfterAll
  static void stop() {
    SIM.close();
  }

  @BeforeEach
  void reset() {
    SIM.reset();
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.parse(r.body()).orElseThrow();
  }

  @Test
  void webhook_acceptsTextAndAnswersOk() {
    HttpResponse<String> r = Http.postJson(HOOK, "{\"text\":\"*요약* 3건 발송\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("ok");
    SlackMessage m = SIM.slack().messages().get(0);
    assertThat(m.text()).isEqualTo("*요약* 3건 발송");
    assertThat(m.via()).isEqualTo("webhook");
  }

  @Test
  void webhook_badJsonOrNoText_isInvalidPayload() {
    HttpResponse<String> bad = Http.postJson(HOOK, "{not json");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).isEqualTo("invalid_payload");
    assertThat(Http.postJson(HOOK, "{\"username\":\"x\"}").body()).isEqualTo("invalid_payload");
    assertThat(SIM.slack().messages()).isEmpty();
  }

  @Test
  void webhook_unknownPath_is404() {
    assertThat(
            Http.postJson(SIM.baseUrl() + "/services/T1/B1/OTHER", "{\"text\":\"x\"}").statusCode())
        .isEqualTo(404);
  }

  @Test
  void webhook_rateLimited_hasRetryAfterHeader() {
    SIM.faults().on(Routes.SLACK_WEBHOOK).status(429).retryAfter(3).times(1);
    HttpResponse<String> r = Http.postJson(HOOK, "{\"text\":\"x\"}");
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Retry-After")).contains("3");
    assertThat(Http.postJson(HOOK, "{\"text\":\"x\"}").statusCode()).isEqualTo(200);
  }

  @Test
  void postMessage_ok() {
    HttpResponse<String> r =
        Http.postJson(
            API, "{\"channel\":\"#ops\",\"text\":\"hello\"}", "Authorization", "Bearer xoxb-sim");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("ok").asBoolean()).isTrue();
    assertThat(json(r).get("channel").asText()).isEqualTo("#ops");
    assertThat(json(r).get("ts").asText()).matches("\\d+\\.\\d{6}");
    assertThat(SIM.slack().messages().get(0).channel()).isEqualTo("#ops");
    assertThat(SIM.slack().messages().get(0).via()).isEqualTo("api");
  }

  @Test
  void postMessage_errorsAreOkFalseWithHttp200() {
    HttpResponse<String> badToken =
        Http.postJson(
            API, "{\"channel\":\"#ops\",\"text\":\"x\"}", "Authorization", "Bearer xoxb-wrong");
    assertThat(badToken.statusCode()).isEqualTo(200);
    assertThat(json(badToken).get("error").asText()).isEqualTo("invalid_auth");
    assertThat(
            json(Http.postJson(API, "{\"channel\":\"#ops\",\"text\":\"x\"}")).get("error").asText())
        .isEqualTo("not_authed");
    assertThat(
            json(Http.postJson(API, "{\"text\":\"x\"}", "Authorization", "Bearer xoxb-sim"))
                .get("error")
                .asText())
        .isEqualTo("channel_not_found");
    assertThat(
            json(Http.postJson(API, "{\"channel\":\"#ops\"}", "Authorization", "Bearer xoxb-sim"))
                .get("error")
                .asText())
        .isEqualTo("no_text");
    SIM.slack().acceptAnyChannel(false).registerChannel("#known");
    try {
      assertThat(
              json(Http.postJson(
                      API,
                      "{\"channel\":\"#ops\",\"text\":\"x\"}",
                      "Authorization",
                      "Bearer xoxb-sim"))
                  .get("error")
                  .asText())
          .isEqualTo("channel_not_found");
    } finally {
      SIM.slack().acceptAnyChannel(true);
    }
    assertThat(SIM.slack().messages()).isEmpty();
  }

  @Test
  void postMessage_rateLimited_is429WithRetryAfter() {
    SIM.faults().on(Routes.SLACK_POST_MESSAGE).status(429).retryAfter(2);
    HttpResponse<String> r =
        Http.postJson(
            API, "{\"channel\":\"#ops\",\"text\":\"x\"}", "Authorization", "Bearer xoxb-sim");
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Retry-After")).contains("2");
    assertThat(json(r).get("error").asText()).isEqualTo("ratelimited");
  }
}
