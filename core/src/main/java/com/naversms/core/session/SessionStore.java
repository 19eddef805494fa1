package com.naversms.core.session;

import java.time.Instant;
import java.util.Optional;

/**
 * The cached Naver browser session: the legacy {@code session} table, item {@code id = "1"},
 * attribute {@code cookies} = JSON string of the browser's cookie list. The same item keeps when a
 * browser sign-in was last attempted (attribute {@code last_login_attempt}), so the sign-in rate
 * limit holds across processes; the legacy system ignores that attribute.
 */
public interface SessionStore {
  Optional<SessionCookies> load();

  /** Replaces the cookies; keeps the last sign-in attempt. */
  void save(SessionCookies cookies);

  /** Removes the cookies (and with them the item). */
  void clear();

  /** When a browser sign-in was last attempted, by any process; empty when none was recorded. */
  Optional<Instant> lastSignInAttempt();

  /** Records a browser sign-in attempt (successful or not); keeps the cookies. */
  void recordSignInAttempt(Instant at);
}
