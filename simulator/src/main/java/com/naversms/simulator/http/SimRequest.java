package com.naversms.simulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A received request, read fully, with the path parameters of the route it matched.
 *
 * @param rawPath the path exactly as sent (percent-encoding kept), as signatures cover it
 * @param rawQuery the query string as sent, or null
 * @param headers lower-case names to every value
 * @param bodyBytes the body's bytes as received ({@code body} is them read as UTF-8)
 */
public record SimRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    String body,
    List<String> pathParams,
    Instant receivedAt,
    byte[] bodyBytes) {

  public SimRequest {
    headers = Map.copyOf(headers);
    pathParams = List.copyOf(pathParams);
    bodyBytes = bodyBytes == null ? body.getBytes(StandardCharsets.UTF_8) : bodyBytes.clone();
  }

  /** A request whose body is text (UTF-8). */
  public SimRequest(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      String body,
      List<String> pathParams,
      Instant receivedAt) {
    this(method, rawPath, rawQuery, headers, body, pathParams, receivedAt, null);
  }

  public SimRequest withPathParams(List<String> params) {
    return new SimRequest(method, rawPath, rawQuery, headers, body, params, receivedAt, bodyBytes);
  }

  /** The body exactly as received (a binary body is not UTF-8 text). */
  @Override
  public byte[] bodyBytes() {
    return bodyBytes.clone();
  }

  public String path() {
    return decode(rawPath);
  }

  /** Path plus "?query" when a query was sent: the URI that SENS signs. */
  public String rawUri() {
    return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
  }

  public String pathParam(int index) {
    return decode(pathParams.get(index));
  }

  /** First value of the header (name case-insensitive), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public String bodyText() {
    return body;
  }

  public Map<String, String> query() {
    return parseForm(rawQuery);
  }

  /** The body read as application/x-www-form-urlencoded. */
  public Map<String, String> form() {
    return parseForm(bodyText());
  }

  public boolean isJson() {
    String type = header("content-type");
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
  }

  public boolean isForm() {
    String type = header("content-type");
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /** Cookies of every Cookie header, name to value. */
  public Map<String, String> cookies() {
    Map<String, String> cookies = new LinkedHashMap<>();
    List<String> values = headers.getOrDefault("cookie", List.of());
    for (String header : values) {
      cookies.putAll(parseCookieHeader(header));
    }
    return cookies;
  }

  public static Map<String, String> parseCookieHeader(String header) {
    Map<String, String> cookies = new LinkedHashMap<>();
    if (header == null) {
      return cookies;
    }
    for (String part : header.split(";", -1)) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        cookies.putIfAbsent(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    return cookies;
  }

  public static Map<String, String> parseForm(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return values;
    }
    for (String pair : text.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      values.putIfAbsent(decodeForm(name), decodeForm(value));
    }
    return values;
  }

  private static String decodeForm(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static String decode(String text) {
    return decodeForm(text.replace("+", "%2B"));
  }
}
