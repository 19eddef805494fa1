package com.naversms.adapters.naver;

import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionCookies.Cookie;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code Cookie} request header from the browser's cookies. Like the legacy, every cookie is
 * sent by name and value; when two share a name, the one whose domain matches the host wins.
 */
final class CookieHeader {
  private CookieHeader() {}

  static String forHost(SessionCookies cookies, String host) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (Cookie c : cookies.cookies()) {
      if (matches(c.domain(), host)) {
        byName.put(c.name(), c.value());
      }
    }
    for (Cookie c : cookies.cookies()) {
      byName.putIfAbsent(c.name(), c.value());
    }
    return byName.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private static boolean matches(String domain, String host) {
    if (domain == null || host == null) {
      return false;
    }
    String d = domain.toLowerCase(Locale.ROOT);
    d = d.startsWith(".") ? d.substring(1) : d;
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals(d) || h.endsWith("." + d);
  }
}
