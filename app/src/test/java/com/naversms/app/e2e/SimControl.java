package com.naversms.app.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client of the simulator's control API (docs/design.md section 9, docs/simulator.md). The typed
 * calls fail on any answer but the expected one; {@link #send} returns whatever came.
 */
public final class SimControl {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public SimControl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** An answer: status and body text. */
  public record Answer(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  /** A customer's name the test used: no product output may hold it whole ({@link OutputScan}). */
  private static void watchName(Map<String, ?> fields) {
    if (fields.get("name") instanceof String name) {
      OutputScan.watchNames(java.util.List.of(name));
    }
  }

  /** {@code GET /_sim/state}. */
  public JsonNode state() {
    return expect(200, send("GET", "/_sim/state", null)).json();
  }

  /** {@code POST /_sim/bookings} with these fields; returns the new booking id. */
  public long addBooking(Map<String, ?> fields) {
    watchName(fields);
    return expect(201, send("POST", "/_sim/bookings", fields)).json().get("bookingId").asLong();
  }

  /** A confirmed booking of the default length (110 minutes) and no options. */
  public long addBooking(String store, String name, String phone, OffsetDateTime start) {
    return addBooking(
        Map.of("store", store, "name", name, "phone", phone, "start", start.toString()));
  }

  /** {@code POST /_sim/bookings/{id}}; returns the booking as the list endpoint serves it. */
  public JsonNode updateBooking(long bookingId, Map<String, ?> fields) {
    watchName(fields);
    return expect(200, send("POST", "/_sim/bookings/" + bookingId, fields)).json();
  }

  /** The next {@code times} requests of {@code route} answer {@code status}. */
  public void fault(String route, int status, int times) {
    fault(Map.of("route", route, "status", status, "times", times));
  }

  /** {@code POST /_sim/faults} with any fault the API knows (delay_ms, drop, ...). */
  public void fault(Map<String, ?> spec) {
    expect(200, send("POST", "/_sim/faults", spec));
  }

  /** {@code DELETE /_sim/faults}. */
  public void clearFaults() {
    expect(200, send("DELETE", "/_sim/faults", null));
  }

  /** The carrier result of later SMS to {@code to}; {@code code} may be null. */
  public void outcome(String to, String result, String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("to", to);
    body.put("result", result);
    if (code != null) {
      body.put("code", code);
    }
    outcome(body);
  }

  /** {@code POST /_sim/sens/outcomes} with any fields (e.g. channel alimtalk). */
  public void outcome(Map<String, ?> spec) {
    expect(200, send("POST", "/_sim/sens/outcomes", spec));
  }

  /**
   * {@code POST /_sim/alimtalk/templates}: {@code templateCode} with {@code text} approved for the
   * Kakao channel {@code plusFriendId}.
   */
  public void approveAlimTalk(String plusFriendId, String templateCode, String text) {
    expect(
        200,
        send(
            "POST",
            "/_sim/alimtalk/templates",
            Map.of("plusFriendId", plusFriendId, "templateCode", templateCode, "text", text)));
  }

  /** {@code alimtalk.accepted} of {@code GET /_sim/state}: every accepted AlimTalk message. */
  public List<JsonNode> alimTalkAccepted() {
    List<JsonNode> out = new ArrayList<>();
    state().path("alimtalk").path("accepted").forEach(out::add);
    return out;
  }

  /** {@code POST /_sim/sens/unsubscribes}: {@code to} is on SENS's unsubscribe list (080). */
  public void unsubscribe(String to) {
    expect(200, send("POST", "/_sim/sens/unsubscribes", Map.of("to", to)));
  }

  /** {@code POST /_sim/naver/expire-sessions}: the next cycle must sign in. */
  public void expireSessions() {
    expect(200, send("POST", "/_sim/naver/expire-sessions", null));
  }

  /** {@code POST /_sim/reset}: messages, faults and requests cleared; bookings, sessions kept. */
  public void reset() {
    expect(200, send("POST", "/_sim/reset", null));
  }

  /** Every SMS/LMS the simulated SENS accepted, in order. */
  public List<JsonNode> sensAccepted() {
    return list(state().path("sens").path("accepted"));
  }

  /** The accepted SMS/LMS to one number (digits). */
  public List<JsonNode> sensAcceptedTo(String phone) {
    return sensAccepted().stream().filter(m -> m.path("to").asText().equals(phone)).toList();
  }

  /** Every Telegram message ({@code chatId}, {@code text}). */
  public List<JsonNode> telegram() {
    return list(state().path("telegram"));
  }

  /** Every Slack message ({@code channel}, {@code text}). */
  public List<JsonNode> slack() {
    return list(state().path("slack"));
  }

  /** Successful browser sign-ins to the simulated Naver. */
  public int logins() {
    return state().path("logins").asInt();
  }

  /** Any request; {@code body} is JSON-encoded unless it is a String (sent as is) or null. */
  public Answer send(String method, String path, Object body) {
    try {
      String text =
          body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(text))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + baseUrl + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + method + " " + path, e);
    }
  }

  private static Answer expect(int status, Answer answer) {
    if (answer.status() != status) {
      throw new AssertionError(
          "expected " + status + ", got " + answer.status() + ": " + answer.body());
    }
    return answer;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }
}
