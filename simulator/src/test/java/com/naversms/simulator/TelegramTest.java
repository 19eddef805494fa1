package com.naversms.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.http.Json;
import com.naversms.simulator.telegram.TelegramMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelegramTest {
  static final Simulator SIM = Simulator.start();
  static final String URL = SIM.baseUrl() + "/bot000000:SIM-TOKEN/sendMessage";

  @AfterAll
  static void stop() {
    SIM.close();
  }

  @BeforeEach
  void reset() {
    SIM.reset();
  }

  static HttpResponse<String> send(String url, String text, String parseMode) {
    Map<String, String> body =
        parseMode == null
            ? Map.of("chat_id", "-1000000000001", "text", text)
            : Map.of("chat_id", "-1000000000001", "text", text, "parse_mode", parseMode);
    return Http.postJson(
        url, new String(Json.bytes(body), java.nio.charset.StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.parse(r.body()).orElseThrow();
  }

  @Test
  void plainMessage_isSentAndKept() {
    HttpResponse<String> r = send(URL, "예약확정 강남점 김민준 1234", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("ok").asBoolean()).isTrue();
    assertThat(json(r).path("result").path("chat").path("id").asLong()).isEqualTo(-1000000000001L);
    assertThat(SIM.telegram().messages())
        .containsExactly(
            new TelegramMessage(
                "-1000000000001",
                "예약확정 강남점 김민준 1234",
                null,
                SIM.telegram().messages().get(0).receivedAt()));
  }

  @Test
  void formEncodedBody_isAccepted() {
    HttpResponse<String> r =
        Http.post(
            URL, "application/x-www-form-urlencoded", "chat_id=-1000000000001&text=hello%20there");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(SIM.telegram().messages().get(0).text()).isEqualTo("hello there");
  }

  @Test
  void unknownToken_is401() {
    HttpResponse<String> r = send(SIM.baseUrl() + "/bot1:WRONG/sendMessage", "hi", null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(json(r).get("description").asText()).isEqualTo("Unauthorized");
  }

  @Test
  void unknownChat_is400() {
    HttpResponse<String> r = Http.postJson(URL, "{\"chat_id\":\"42\",\"text\":\"hi\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("description").asText()).contains("chat not found");
  }

  @Test
  void emptyOrTooLongText_is400() {
    assertThat(send(URL, "", null).statusCode()).isEqualTo(400);
    HttpResponse<String> tooLong = send(URL, "a".repeat(4097), null);
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(json(tooLong).get("description").asText())
        .isEqualTo("Bad Request: message is too long");
    assertThat(send(URL, "a".repeat(4096), null).statusCode()).isEqualTo(200);
  }

  @Test
  void markdownWithUnbalancedMarker_is400() {
    HttpResponse<String> r = send(URL, "*bold without end", "Markdown");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("description").asText())
        .startsWith("Bad Request: can't parse entities: ");
    assertThat(send(URL, "*bold* and \\_escaped", "Markdown").statusCode()).isEqualTo(200);
    assertThat(send(URL, "snake_case_name", "Markdown").statusCode()).isEqualTo(200);
    assertThat(send(URL, "one_underscore", "Markdown").statusCode()).isEqualTo(400);
  }

  @Test
  void markdownV2WithUnescapedReservedChar_is400() {
    HttpResponse<String> r = send(URL, "Total: 3.5", "MarkdownV2");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("description").asText()).contains("Character '.' is reserved");
    assertThat(send(URL, "*Total:* 3\\.5 \\- done\\!", "MarkdownV2").statusCode()).isEqualTo(200);
    assertThat(send(URL, "*unclosed bold", "MarkdownV2").statusCode()).isEqualTo(400);
  }

  @Test
  void htmlWithUnclosedOrUnknownTag_is400() {
    assertThat(send(URL, "<b>bold</b> <i>it</i> a &lt; b", "HTML").statusCode()).isEqualTo(200);
    HttpResponse<String> unclosed = send(URL, "<b>bold", "HTML");
    assertThat(unclosed.statusCode()).isEqualTo(400);
    assertThat(json(unclosed).get("description").asText()).contains("can't parse entities");
    assertThat(send(URL, "<div>x</div>", "HTML").statusCode()).isEqualTo(400);
    assertThat(send(URL, "<b><i>x</b></i>", "HTML").statusCode()).isEqualTo(400);
  }

  @Test
  void tooManyRequests_carriesRetryAfter() {
    SIM.faults().on(Routes.TELEGRAM_SEND).status(429).retryAfter(7).times(1);
    HttpResponse<String> r = send(URL, "hi", null);
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(json(r).path("parameters").path("retry_after").asInt()).isEqualTo(7);
    assertThat(json(r).get("description").asText()).isEqualTo("Too Many Requests: retry after 7");
    assertThat(send(URL, "hi", null).statusCode()).isEqualTo(200);
    assertThat(SIM.telegram().messages()).hasSize(1);
  }
}
