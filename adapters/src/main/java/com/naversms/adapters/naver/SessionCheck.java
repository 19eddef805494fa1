package com.naversms.adapters.naver;

import com.naversms.core.session.SessionCookies;

/** Tells, without a browser, whether cached cookies still sign in. */
@FunctionalInterface
public interface SessionCheck {
  Verdict check(SessionCookies cookies);

  sealed interface Verdict {
    record Valid() implements Verdict {}

    /** Naver says no (or the cookies lack or outlived the sign-in cookies). */
    record Invalid(String reason) implements Verdict {}

    /** The check itself failed (network, 5xx): use the cookies; a 401 later still renews them. */
    record Unknown(String reason) implements Verdict {}
  }
}
