package com.naversms.core.session;

import java.util.List;

/** The browser's cookies, in the order the browser listed them. */
public record SessionCookies(List<Cookie> cookies) {
  public SessionCookies {
    cookies = List.copyOf(cookies);
  }

  /**
   * One Selenium-style cookie as the legacy {@code session} item stores it.
   *
   * @param expiry epoch seconds, or null for a session cookie
   * @param sameSite "Lax", "Strict", "None" or null
   */
  public record Cookie(
      String name,
      String value,
      String domain,
      String path,
      Long expiry,
      boolean httpOnly,
      boolean secure,
      String sameSite) {}
}
