package com.naversms.adapters.naver;

import com.naversms.adapters.naver.SessionCheck.Verdict;
import com.naversms.core.ports.BrowserLogin;
import com.naversms.core.ports.BrowserLogin.LoginResult;
import com.naversms.core.ports.BrowserLogin.LoginResult.LoginFailed;
import com.naversms.core.ports.SessionStore;
import com.naversms.core.session.SessionCookies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One cycle's Naver session: the cached cookies while they work, a browser sign-in when they do
 * not. The browser opens only when there are no cached cookies, the {@link SessionCheck} rejects
 * them, or the partner API refuses them ({@link #renew}); a new session is saved for the next
 * cycle. A failed sign-in is remembered, so the stores of one cycle do not open the browser again
 * and again: build a new {@code NaverSession} per cycle.
 */
public final class NaverSession implements PartnerSession {
  private final SessionStore store;
  private final SessionCheck check;
  private final BrowserLogin browser;
  private final Supplier<NaverCredentials> credentials;
  private final SessionLog log;

  private SessionCookies current;
  private String failure;
  private int browserLogins;
  private final List<LoginFailed> loginFailures = new ArrayList<>();

  /**
   * @param credentials read only when the browser must sign in (may throw, e.g. a secrets error:
   *     the session is then unavailable)
   */
  public NaverSession(
      SessionStore store,
      SessionCheck check,
      BrowserLogin browser,
      Supplier<NaverCredentials> credentials,
      SessionLog log) {
    this.store = store;
    this.check = check;
    this.browser = browser;
    this.credentials = credentials;
    this.log = log;
  }

  @Override
  public synchronized SessionAccess cookies() {
    if (current != null) {
      return new SessionAccess.Ready(current);
    }
    if (failure != null) {
      return new SessionAccess.Unavailable(failure);
    }
    Optional<SessionCookies> cached = loadCached();
    if (cached.isPresent()) {
      Verdict verdict = check.check(cached.get());
      switch (verdict) {
        case Verdict.Valid v -> {
          return reuse(cached.get(), "valid");
        }
        case Verdict.Unknown u -> {
          return reuse(cached.get(), u.reason());
        }
        case Verdict.Invalid i -> log.cachedRejected(i.reason());
      }
    }
    return signIn();
  }

  @Override
  public synchronized SessionAccess renew(SessionCookies stale) {
    if (current != null && !current.equals(stale)) {
      return new SessionAccess.Ready(current);
    }
    if (failure != null) {
      return new SessionAccess.Unavailable(failure);
    }
    return signIn();
  }

  /** Browser sign-ins this session ran (successful or not). */
  public synchronized int browserLogins() {
    return browserLogins;
  }

  /** Every failed browser sign-in, for the {@code LoginFailures} metric and the operators. */
  public synchronized List<LoginFailed> loginFailures() {
    return List.copyOf(loginFailures);
  }

  private SessionAccess reuse(SessionCookies cookies, String why) {
    current = cookies;
    log.reused(why);
    return new SessionAccess.Ready(cookies);
  }

  private Optional<SessionCookies> loadCached() {
    try {
      return store.load();
    } catch (RuntimeException e) {
      log.storeFailed("load", e);
      return Optional.empty();
    }
  }

  private SessionAccess signIn() {
    NaverCredentials account;
    try {
      account = credentials.get();
    } catch (RuntimeException e) {
      failure = "Naver credentials unavailable: " + e.getMessage();
      log.loginFailed(failure, "", "");
      return new SessionAccess.Unavailable(failure);
    }
    browserLogins++;
    long started = System.nanoTime();
    LoginResult result = browser.login(account.username(), account.password());
    long millis = (System.nanoTime() - started) / 1_000_000;
    return switch (result) {
      case LoginResult.LoggedIn in -> {
        current = in.cookies();
        log.loggedIn(in.cookies().cookies().size(), millis);
        save(in.cookies());
        yield new SessionAccess.Ready(in.cookies());
      }
      case LoginFailed f -> {
        loginFailures.add(f);
        failure = "Naver sign-in failed: " + f.reason() + " (page " + f.pageUrl() + ")";
        log.loginFailed(f.reason(), f.pageUrl(), f.diagnostics());
        yield new SessionAccess.Unavailable(failure);
      }
    };
  }

  private void save(SessionCookies cookies) {
    try {
      store.save(cookies);
    } catch (RuntimeException e) {
      // The session still serves this cycle; the next one signs in again.
      log.storeFailed("save", e);
    }
  }
}
