package com.naversms.adapters.naver;

import com.naversms.core.session.SessionCookies;
import java.time.Instant;

/** The signed-in Naver session the partner API client calls with. */
public interface PartnerSession {

  /** Cookies to call with: the cached session, or a fresh sign-in when it no longer works. */
  SessionAccess cookies();

  /**
   * The partner API refused {@code stale} (401/403) for one store. The session check decides whose
   * failure that is: cookies it still accepts mean the account cannot see that store ({@link
   * SessionAccess.Live}, no sign-in); cookies it rejects are dead and a fresh sign-in is allowed;
   * an undecided check allows a sign-in only within the {@link SignInPolicy}. However many stores
   * ask with the same stale cookies, the check runs and the browser opens at most once.
   */
  SessionAccess renew(SessionCookies stale);

  /** Cookies ready to use, or why there are none. */
  sealed interface SessionAccess {
    record Ready(SessionCookies cookies) implements SessionAccess {}

    /** A sign-in was tried and failed (or the credentials could not be read). */
    record Unavailable(String reason) implements SessionAccess {}

    /** The session works: the refusal belongs to the store (only from {@link #renew}). */
    record Live(String reason) implements SessionAccess {}

    /** A sign-in was needed but the rate limit holds it back until {@code nextAllowed}. */
    record RateLimited(Instant lastAttempt, Instant nextAllowed) implements SessionAccess {}

    /** No working session and signing in is not allowed at all (a dry run without --login). */
    record NoSignIn(String reason) implements SessionAccess {}
  }
}
