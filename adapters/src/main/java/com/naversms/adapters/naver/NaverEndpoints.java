package com.naversms.adapters.naver;

import java.net.URI;

/**
 * Where Naver lives: the sign-in site ({@code nid}) and the partner booking site. Production uses
 * the real hosts; the simulator serves both from one loopback base URL.
 */
public record NaverEndpoints(URI nid, URI partner) {
  public static final URI PRODUCTION_NID = URI.create("https://nid.naver.com");
  public static final URI PRODUCTION_PARTNER = URI.create("https://partner.booking.naver.com");
  private static final String AFTER_LOGIN = "https://www.naver.com/";

  public NaverEndpoints {
    nid = withoutTrailingSlash(nid);
    partner = withoutTrailingSlash(partner);
  }

  public static NaverEndpoints production() {
    return new NaverEndpoints(PRODUCTION_NID, PRODUCTION_PARTNER);
  }

  /** Both sites on one base URL, e.g. the simulator's {@code http://127.0.0.1:PORT}. */
  public static NaverEndpoints single(String baseUrl) {
    URI base = URI.create(baseUrl);
    return new NaverEndpoints(base, base);
  }

  /** The legacy login form; after signing in Naver sends the browser to {@code url}. */
  public URI loginForm() {
    String after = partner.equals(PRODUCTION_PARTNER) ? AFTER_LOGIN : partner + "/";
    return URI.create(nid + "/nidlogin.login?mode=form&url=" + after);
  }

  /** The page the legacy opened to test cached cookies: it redirects to the login when stale. */
  public URI sessionCheck() {
    return URI.create(nid + "/user2/help/myInfoV2?lang=ko_KR");
  }

  public URI partnerHome() {
    return URI.create(partner + "/");
  }

  private static URI withoutTrailingSlash(URI uri) {
    String s = uri.toString();
    return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
  }
}
