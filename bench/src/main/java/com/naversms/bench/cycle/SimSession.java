package com.naversms.bench.cycle;

import com.naversms.adapters.naver.PartnerSession;
import com.naversms.core.session.SessionCookies;

/** Valid cookies, as in a warm cycle; a refused session is not expected here. */
record SimSession(SessionCookies valid) implements PartnerSession {
  @Override
  public SessionAccess cookies() {
    return new SessionAccess.Ready(valid);
  }

  @Override
  public SessionAccess renew(SessionCookies stale) {
    return new SessionAccess.Unavailable("the bench does not sign in again");
  }
}
