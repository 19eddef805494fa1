package com.naversms.app.console;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the console and its answer: the query and form fields (UTF-8, at most 1 MiB of
 * body), the cookies, and the answer with the headers every page carries (no caching, no framing,
 * only the jar's own scripts and styles).
 */
final class WebCall {
  static final int MAX_BODY = 1024 * 1024;

  private final HttpExchange exchange;
  private final Map<String, String> query;
  private Map<String, String> form;

  WebCall(HttpExchange exchange) {
    this.exchange = exchange;
    this.query = decode(exchange.getRequestURI().getRawQuery());
  }

  String method() {
    return exchange.getRequestMethod();
  }

  String path() {
    return exchange.getRequestURI().getPath();
  }

  String remote() {
    return exchange.getRemoteAddress().getAddress().getHostAddress();
  }

  /** A query field, stripped; empty when absent or blank. */
  Optional<String> query(String name) {
    return Optional.ofNullable(query.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** A form field of a POST (application/x-www-form-urlencoded); empty when absent. */
  Optional<String> form(String name) throws IOException {
    if (form == null) {
      form = decode(body());
    }
    return Optional.ofNullable(form.get(name));
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
  }

  Optional<String> cookie(String name) {
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
      for (String part : header.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
          return Optional.of(part.substring(eq + 1).strip());
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the browser reached us over TLS (a proxy in front says so). */
  boolean overTls() {
    return header("X-Forwarded-Proto").map(p -> p.equalsIgnoreCase("https")).orElse(false);
  }

  void setCookie(String value) {
    exchange.getResponseHeaders().add("Set-Cookie", value);
  }

  void html(int status, String page) throws IOException {
    send(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
  }

  void json(int status, String body) throws IOException {
    send(status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  void text(int status, String body) throws IOException {
    send(status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  void redirect(String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    send(303, "text/plain; charset=utf-8", new byte[0]);
  }

  void download(String fileName, String contentType, byte[] body) throws IOException {
    exchange
        .getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    send(200, contentType, body);
  }

  void send(int status, String contentType, byte[] body) throws IOException {
    var h = exchange.getResponseHeaders();
    h.set("Content-Type", contentType);
    h.set("Cache-Control", "no-store");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  private String body() throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new IOException("request body over 1 MiB");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> decode(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.putIfAbsent(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }
}
