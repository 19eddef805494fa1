package com.naversms.adapters.naver;

import com.naversms.core.session.SessionCookies;

/** The signed-in Naver session the partner API client calls with. */
public interface PartnerSession {

  /** Cookies to call with: the cached session, or a fresh sign-in when it no longer works. */
  SessionAccess cookies();

  /**
   * The partner API refused {@code stale} (401/403): sign in afresh. However many stores ask with
   * the same stale cookies, the browser opens at most once; the others get the new cookies (or the
   * same failure).
   */
  SessionAccess renew(SessionCookies stale);

  /** Cookies ready to use, or why there are none. */
  sealed interface SessionAccess {
    record Ready(SessionCookies cookies) implements SessionAccess {}

    record Unavailable(String reason) implements SessionAccess {}
  }
}
