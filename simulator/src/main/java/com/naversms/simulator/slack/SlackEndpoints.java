package com.naversms.simulator.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.http.Json;
import com.naversms.simulator.http.SimRequest;
import com.naversms.simulator.http.SimResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** The webhook and chat.postMessage checks and answers. */
final class SlackEndpoints {
  static final int MAX_BLOCKS = 50;
  static final int MAX_SECTION_TEXT = 3000;
  private final SlackSim sim;

  SlackEndpoints(SlackSim sim) {
    this.sim = sim;
  }

  SimResponse webhook(SimRequest request) {
    if (!request.path().equals(sim.webhookPath())) {
      return SimResponse.text(404, "no_service");
    }
    JsonNode payload = payload(request);
    if (payload == null || !hasText(payload)) {
      return SimResponse.text(400, "invalid_payload");
    }
    if (!blocksValid(payload)) {
      return SimResponse.text(400, "invalid_blocks");
    }
    sim.record(message(null, payload, SlackMessage.VIA_WEBHOOK, request));
    return SimResponse.text(200, "ok");
  }

  SimResponse postMessage(SimRequest request) {
    String auth = request.header("authorization");
    if (auth == null || !auth.startsWith("Bearer ")) {
      return apiError("not_authed");
    }
    if (!auth.substring("Bearer ".length()).trim().equals(sim.botToken())) {
      return apiError("invalid_auth");
    }
    JsonNode payload = payload(request);
    if (payload == null) {
      return apiError("invalid_json");
    }
    String channel = Json.text(payload, "channel");
    if (channel == null || channel.isBlank() || !sim.channelKnown(channel)) {
      return apiError("channel_not_found");
    }
    if (!hasText(payload)) {
      return apiError("no_text");
    }
    if (!blocksValid(payload)) {
      return apiError("invalid_blocks");
    }
    int n = sim.record(message(channel, payload, SlackMessage.VIA_API, request));
    String ts = String.format("%d.%06d", request.receivedAt().getEpochSecond(), n);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ok", true);
    body.put("channel", channel);
    body.put("ts", ts);
    body.put("message", Map.of("text", textOf(payload), "ts", ts));
    return SimResponse.json(200, body);
  }

  /** JSON body, or form fields (chat.postMessage also takes form-encoded arguments). */
  private static JsonNode payload(SimRequest request) {
    if (request.isForm()) {
      Map<String, String> form = request.form();
      if (form.containsKey("payload")) {
        return Json.parse(form.get("payload")).filter(JsonNode::isObject).orElse(null);
      }
      return Json.MAPPER.valueToTree(form);
    }
    return Json.parse(request.bodyText()).filter(JsonNode::isObject).orElse(null);
  }

  private static boolean hasText(JsonNode payload) {
    String text = Json.text(payload, "text");
    JsonNode blocks = payload.get("blocks");
    return (text != null && !text.isBlank()) || (blocks != null && !blocks.isEmpty());
  }

  private static boolean blocksValid(JsonNode payload) {
    JsonNode blocks = payload.get("blocks");
    if (blocks == null || blocks.isNull()) {
      return true;
    }
    if (!blocks.isArray() || blocks.size() > MAX_BLOCKS) {
      return false;
    }
    for (JsonNode block : blocks) {
      JsonNode text = block.path("text").path("text");
      if (text.isTextual() && text.asText().length() > MAX_SECTION_TEXT) {
        return false;
      }
    }
    return true;
  }

  private static String textOf(JsonNode payload) {
    String text = Json.text(payload, "text");
    return text == null ? "" : text;
  }

  private static SlackMessage message(
      String channel, JsonNode payload, String via, SimRequest request) {
    JsonNode blocks = payload.get("blocks");
    return new SlackMessage(
        channel,
        textOf(payload),
        via,
        blocks == null || blocks.isNull() ? null : blocks.toString(),
        request.receivedAt());
  }

  private static SimResponse apiError(String error) {
    return SimResponse.json(200, Map.of("ok", false, "error", error));
  }

  static SimResponse webhookFault(int code, Integer retryAfter) {
    String text = code == 429 ? "rate_limited" : code >= 500 ? "internal_error" : "invalid_payload";
    SimResponse response = SimResponse.text(code, text);
    return withRetryAfter(response, code, retryAfter);
  }

  static SimResponse apiFault(int code, Integer retryAfter) {
    String error = code == 429 ? "ratelimited" : code >= 500 ? "internal_error" : "fatal_error";
    SimResponse response = SimResponse.json(code, Map.of("ok", false, "error", error));
    return withRetryAfter(response, code, retryAfter);
  }

  private static SimResponse withRetryAfter(SimResponse response, int code, Integer retryAfter) {
    if (retryAfter != null) {
      return response.withHeader("Retry-After", retryAfter.toString());
    }
    return code == 429 ? response.withHeader("Retry-After", "1") : response;
  }
}
