package com.naversms.core.fakes;

import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionStore;
import java.time.Instant;
import java.util.Optional;

/** A {@link SessionStore} in memory. */
public final class InMemorySessionStore implements SessionStore {
  private SessionCookies cookies;
  private Instant lastAttempt;

  @Override
  public synchronized Optional<SessionCookies> load() {
    return Optional.ofNullable(cookies);
  }

  @Override
  public synchronized void save(SessionCookies cookies) {
    this.cookies = cookies;
  }

  @Override
  public synchronized void clear() {
    cookies = null;
    lastAttempt = null;
  }

  @Override
  public synchronized Optional<Instant> lastSignInAttempt() {
    return Optional.ofNullable(lastAttempt);
  }

  @Override
  public synchronized void recordSignInAttempt(Instant at) {
    lastAttempt = at;
  }
}
