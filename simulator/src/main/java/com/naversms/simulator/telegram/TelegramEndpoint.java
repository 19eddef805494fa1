package com.naversms.simulator.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.http.Json;
import com.naversms.simulator.http.SimRequest;
import com.naversms.simulator.http.SimResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** sendMessage: the Bot API's checks and answers. */
final class TelegramEndpoint {
  static final int MAX_TEXT = 4096;
  private final TelegramSim sim;

  TelegramEndpoint(TelegramSim sim) {
    this.sim = sim;
  }

  SimResponse sendMessage(SimRequest request) {
    if (!request.pathParam(0).equals(sim.botToken())) {
      return error(401, "Unauthorized");
    }
    Map<String, String> params = params(request);
    if (params == null) {
      return error(400, "Bad Request: can't parse JSON body");
    }
    String chatId = params.get("chat_id");
    if (chatId == null || chatId.isEmpty()) {
      return error(400, "Bad Request: chat_id is empty");
    }
    if (!sim.chatKnown(chatId)) {
      return error(400, "Bad Request: chat not found");
    }
    String text = params.get("text");
    if (text == null || text.isEmpty()) {
      return error(400, "Bad Request: message text is empty");
    }
    String parseMode = params.get("parse_mode");
    String plain;
    switch (EntityParse.of(text, parseMode)) {
      case EntityParse.Broken broken -> {
        return error(400, "Bad Request: can't parse entities: " + broken.reason());
      }
      case EntityParse.Parsed parsed -> plain = parsed.plainText();
    }
    if (plain.isEmpty()) {
      return error(400, "Bad Request: message text is empty");
    }
    if (plain.length() > MAX_TEXT) {
      return error(400, "Bad Request: message is too long");
    }
    int messageId = sim.record(new TelegramMessage(chatId, text, parseMode, request.receivedAt()));
    Map<String, Object> chat = new LinkedHashMap<>();
    chat.put("id", parseChatId(chatId));
    chat.put("type", chatId.startsWith("-") ? "supergroup" : "private");
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("message_id", messageId);
    result.put("from", Map.of("id", 0, "is_bot", true, "first_name", "SimBot"));
    result.put("chat", chat);
    result.put("date", request.receivedAt().getEpochSecond());
    result.put("text", plain);
    return SimResponse.json(200, Map.of("ok", true, "result", result));
  }

  /** JSON body, form body, or query string, as the Bot API accepts all three. */
  private static Map<String, String> params(SimRequest request) {
    Map<String, String> params = new HashMap<>(request.query());
    if (request.isJson()) {
      JsonNode root = Json.parse(request.bodyText()).orElse(null);
      if (root == null || !root.isObject()) {
        return null;
      }
      root.properties()
          .forEach(
              e -> params.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
    } else {
      params.putAll(request.form());
    }
    return params;
  }

  private static Object parseChatId(String chatId) {
    try {
      return Long.parseLong(chatId);
    } catch (NumberFormatException e) {
      return chatId;
    }
  }

  static SimResponse error(int code, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ok", false);
    body.put("error_code", code);
    body.put("description", description);
    return SimResponse.json(code, body);
  }

  static SimResponse fault(int code, Integer retryAfter) {
    if (code != 429) {
      return error(code, code >= 500 ? "Internal Server Error" : "Bad Request: injected error");
    }
    int seconds = retryAfter == null ? 1 : retryAfter;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ok", false);
    body.put("error_code", 429);
    body.put("description", "Too Many Requests: retry after " + seconds);
    body.put("parameters", Map.of("retry_after", seconds));
    return SimResponse.json(429, body).withHeader("Retry-After", String.valueOf(seconds));
  }
}
