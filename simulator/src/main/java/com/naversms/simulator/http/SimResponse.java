package com.naversms.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An answer the simulator will write: status, headers (each possibly repeated) and body. */
public record SimResponse(
    int status, Map<String, List<String>> headers, String body, byte[] binary) {
  public SimResponse {
    headers = Map.copyOf(headers);
    binary = binary == null ? null : binary.clone();
  }

  public SimResponse(int status, Map<String, List<String>> headers, String body) {
    this(status, headers, body, null);
  }

  /** A binary body (an S3 object), written as it is. */
  public static SimResponse bytes(int status, Map<String, List<String>> headers, byte[] body) {
    return new SimResponse(status, headers, "", body);
  }

  @Override
  public byte[] binary() {
    return binary == null ? null : binary.clone();
  }

  public static SimResponse json(int status, Object value) {
    return new SimResponse(
        status,
        Map.of("Content-Type", List.of("application/json; charset=utf-8")),
        new String(Json.bytes(value), StandardCharsets.UTF_8));
  }

  public static SimResponse text(int status, String text) {
    return new SimResponse(
        status, Map.of("Content-Type", List.of("text/plain; charset=utf-8")), text);
  }

  public static SimResponse html(int status, String html) {
    return new SimResponse(
        status, Map.of("Content-Type", List.of("text/html; charset=utf-8")), html);
  }

  public static SimResponse redirect(String location) {
    return new SimResponse(302, Map.of("Location", List.of(location)), "");
  }

  /** A copy with one more header value. */
  public SimResponse withHeader(String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(headers);
    copy.merge(name, List.of(value), (a, b) -> concat(a, b));
    return new SimResponse(status, copy, body, binary);
  }

  /** A copy with another body, same status and headers. */
  public SimResponse withBody(String newBody) {
    return new SimResponse(status, headers, newBody);
  }

  public byte[] bodyBytes() {
    return binary != null ? binary.clone() : body.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    var all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
