package com.naversms.simulator.naver;

/**
 * A browser cookie in the Selenium shape the legacy {@code session} item stores.
 *
 * @param expiry epoch seconds, or null for a session cookie
 */
public record SimCookie(
    String name,
    String value,
    String domain,
    String path,
    Long expiry,
    boolean httpOnly,
    boolean secure,
    String sameSite) {

  /** "name=value; name=value" for a Cookie request header. */
  public static String header(java.util.List<SimCookie> cookies) {
    return String.join("; ", cookies.stream().map(c -> c.name() + "=" + c.value()).toList());
  }
}
