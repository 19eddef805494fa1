package com.naversms.adapters.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionCookies.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The legacy {@code session} item's {@code cookies} attribute: a JSON string holding a list of
 * Selenium cookie objects {@code {name, value, domain, path, expiry, httpOnly, secure, sameSite}}.
 *
 * <p>{@link #read} also accepts what an operator may paste by hand: a browser-extension export
 * ({@code expirationDate} as fractional seconds, {@code sameSite} as {@code no_restriction} /
 * {@code lax} / {@code unspecified}), a float {@code expiry}, or the whole legacy item {@code
 * {"id": "1", "cookies": "[...]"}}.
 */
public final class CookieJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CookieJson() {}

  /** The cookies as the legacy system stores them; a session cookie has no {@code expiry}. */
  public static String write(SessionCookies cookies) {
    ArrayNode list = JSON.createArrayNode();
    for (Cookie c : cookies.cookies()) {
      ObjectNode o = list.addObject();
      o.put("name", c.name());
      o.put("value", c.value());
      o.put("domain", c.domain());
      o.put("path", c.path());
      if (c.expiry() != null) {
        o.put("expiry", c.expiry());
      }
      o.put("httpOnly", c.httpOnly());
      o.put("secure", c.secure());
      if (c.sameSite() != null) {
        o.put("sameSite", c.sameSite());
      }
    }
    return list.toString();
  }

  /**
   * Reads a cookie list.
   *
   * @throws InvalidCookieJson naming the cookie (by position) and the field that is wrong
   */
  public static SessionCookies read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json == null ? "" : json);
    } catch (JsonProcessingException e) {
      throw new InvalidCookieJson("not valid JSON: " + e.getOriginalMessage());
    }
    if (root != null && root.isObject() && root.has("cookies")) {
      JsonNode inner = root.get("cookies");
      return inner.isTextual() ? read(inner.asText()) : readList(inner);
    }
    return readList(root);
  }

  private static SessionCookies readList(JsonNode root) {
    if (root == null || !root.isArray()) {
      throw new InvalidCookieJson("expected a JSON array of cookie objects");
    }
    List<Cookie> cookies = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      cookies.add(readCookie(root.get(i), i));
    }
    return new SessionCookies(cookies);
  }

  private static Cookie readCookie(JsonNode node, int index) {
    String where = "cookie[" + index + "]";
    if (!node.isObject()) {
      throw new InvalidCookieJson(where + ": expected an object");
    }
    String name = text(node, "name", where, true);
    if (name.isBlank()) {
      throw new InvalidCookieJson(where + ": field 'name': must not be empty");
    }
    String value = text(node, "value", where, true);
    String domain = text(node, "domain", where, false);
    String path = text(node, "path", where, false);
    return new Cookie(
        name,
        value,
        domain == null ? ".naver.com" : domain,
        path == null ? "/" : path,
        expiry(node, where),
        bool(node, "httpOnly", where),
        bool(node, "secure", where),
        sameSite(text(node, "sameSite", where, false), where));
  }

  private static String text(JsonNode node, String field, String where, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new InvalidCookieJson(where + ": field '" + field + "': missing");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidCookieJson(where + ": field '" + field + "': expected a string");
    }
    return v.asText();
  }

  private static boolean bool(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw new InvalidCookieJson(where + ": field '" + field + "': expected true or false");
    }
    return v.asBoolean();
  }

  private static Long expiry(JsonNode node, String where) {
    String field = node.has("expiry") ? "expiry" : "expirationDate";
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      throw new InvalidCookieJson(where + ": field '" + field + "': expected epoch seconds");
    }
    return (long) Math.floor(v.asDouble());
  }

  private static String sameSite(String raw, String where) {
    if (raw == null) {
      return null;
    }
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "lax" -> "Lax";
      case "strict" -> "Strict";
      case "none", "no_restriction" -> "None";
      case "unspecified", "" -> null;
      default ->
          throw new InvalidCookieJson(
              where + ": field 'sameSite': '" + raw + "' is not Lax, Strict or None");
    };
  }

  /** The text is not a cookie list; the message names the cookie and the field. */
  public static final class InvalidCookieJson extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidCookieJson(String message) {
      super(message);
    }
  }
}
