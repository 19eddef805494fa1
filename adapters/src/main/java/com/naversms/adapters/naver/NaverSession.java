package com.naversms.adapters.naver;

import com.naversms.adapters.naver.SessionCheck.Verdict;
import com.naversms.core.session.BrowserLogin;
import com.naversms.core.session.BrowserLogin.LoginResult;
import com.naversms.core.session.BrowserLogin.LoginResult.LoginFailed;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One cycle's Naver session: the cached cookies while they work, a browser sign-in when they do
 * not. The browser opens only when there are no cached cookies, the {@link SessionCheck} rejects
 * them (at the start, or when the partner API refuses them: {@link #renew}), or, when the check
 * cannot tell, within the {@link SignInPolicy}'s rate limit. A partner-API refusal of cookies the
 * check accepts is the store's failure, never a sign-in. Every attempt is recorded in the session
 * store, so the limit holds across processes; a new session is saved for the next cycle. Outcomes
 * are remembered for the cycle, so its stores do not check or open the browser again and again:
 * build a new {@code NaverSession} per cycle.
 */
public final class NaverSession implements PartnerSession {
  private final SessionStore store;
  private final SessionCheck check;
  private final BrowserLogin browser;
  private final Supplier<NaverCredentials> credentials;
  private final SessionLog log;
  private final SignInPolicy policy;
  private final Clock clock;

  private SessionCookies current;
  private boolean signedIn;
  private SessionAccess ended;
  private SessionCookies rechecked;
  private Verdict recheck;
  private int browserLogins;
  private int blockedSignIns;
  private final List<LoginFailed> loginFailures = new ArrayList<>();

  /** The default policy (one sign-in per 2 hours unless the cookies are dead), system clock. */
  public NaverSession(
      SessionStore store,
      SessionCheck check,
      BrowserLogin browser,
      Supplier<NaverCredentials> credentials,
      SessionLog log) {
    this(store, check, browser, credentials, log, SignInPolicy.defaults(), Clock.systemUTC());
  }

  /**
   * @param credentials read only when the browser must sign in (may throw, e.g. a secrets error:
   *     the session is then unavailable)
   */
  public NaverSession(
      SessionStore store,
      SessionCheck check,
      BrowserLogin browser,
      Supplier<NaverCredentials> credentials,
      SessionLog log,
      SignInPolicy policy,
      Clock clock) {
    this.store = store;
    this.check = check;
    this.browser = browser;
    this.credentials = credentials;
    this.log = log;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public synchronized SessionAccess cookies() {
    if (current != null) {
      return new SessionAccess.Ready(current);
    }
    if (ended != null) {
      return ended;
    }
    Optional<SessionCookies> cached = loadCached();
    if (cached.isEmpty()) {
      return deadSession("no stored Naver session");
    }
    switch (check.check(cached.get())) {
      case Verdict.Valid v -> {
        return reuse(cached.get(), "valid");
      }
      case Verdict.Unknown u -> {
        return reuse(cached.get(), u.reason());
      }
      case Verdict.Invalid i -> {
        log.cachedRejected(i.reason());
        return deadSession("the stored Naver session is no longer valid (" + i.reason() + ")");
      }
    }
  }

  @Override
  public synchronized SessionAccess renew(SessionCookies stale) {
    if (current != null && !current.equals(stale)) {
      return new SessionAccess.Ready(current);
    }
    if (ended != null) {
      return ended;
    }
    if (signedIn) {
      return new SessionAccess.Live("the session was signed in this cycle");
    }
    return switch (recheck(stale)) {
      case Verdict.Valid v -> new SessionAccess.Live("the session check accepts the cookies");
      case Verdict.Invalid i -> {
        log.cachedRejected(i.reason());
        yield deadSession("the Naver session expired (" + i.reason() + ")");
      }
      case Verdict.Unknown u -> limitedSignIn(u.reason());
    };
  }

  /** Browser sign-ins this session ran (successful or not). */
  public synchronized int browserLogins() {
    return browserLogins;
  }

  /** Sign-ins the rate limit held back this cycle (0 or 1). */
  public synchronized int blockedSignIns() {
    return blockedSignIns;
  }

  /** Every failed browser sign-in, for the {@code LoginFailures} metric and the operators. */
  public synchronized List<LoginFailed> loginFailures() {
    return List.copyOf(loginFailures);
  }

  private Verdict recheck(SessionCookies stale) {
    if (!stale.equals(rechecked)) {
      rechecked = stale;
      recheck = check.check(stale);
      log.rechecked(recheck);
    }
    return recheck;
  }

  private SessionAccess reuse(SessionCookies cookies, String why) {
    current = cookies;
    log.reused(why);
    return new SessionAccess.Ready(cookies);
  }

  /** The cookies are dead or missing: a sign-in is allowed whatever the limit, unless never. */
  private SessionAccess deadSession(String why) {
    return switch (policy) {
      case SignInPolicy.Limited l -> signIn();
      case SignInPolicy.Never n -> end(new SessionAccess.NoSignIn(why));
    };
  }

  /** The check could not tell: sign in only when the last attempt is old enough. */
  private SessionAccess limitedSignIn(String why) {
    return switch (policy) {
      case SignInPolicy.Never n ->
          end(new SessionAccess.NoSignIn("the partner API refused the session and " + why));
      case SignInPolicy.Limited l -> {
        Optional<Instant> last = lastAttempt();
        Optional<Instant> heldUntil = l.heldUntil(last, clock.instant());
        if (heldUntil.isEmpty()) {
          yield signIn();
        }
        blockedSignIns++;
        log.signInBlocked(last.orElseThrow(), heldUntil.get(), l.minInterval(), why);
        yield end(new SessionAccess.RateLimited(last.orElseThrow(), heldUntil.get()));
      }
    };
  }

  private SessionAccess end(SessionAccess access) {
    ended = access;
    return access;
  }

  private SessionAccess signIn() {
    NaverCredentials account;
    try {
      account = credentials.get();
    } catch (RuntimeException e) {
      String failure = "Naver credentials unavailable: " + e.getMessage();
      log.loginFailed(failure, "", "");
      return end(new SessionAccess.Unavailable(failure));
    }
    browserLogins++;
    recordAttempt(clock.instant());
    long started = System.nanoTime();
    LoginResult result = browser.login(account.username(), account.password());
    long millis = (System.nanoTime() - started) / 1_000_000;
    return switch (result) {
      case LoginResult.LoggedIn in -> {
        current = in.cookies();
        signedIn = true;
        log.loggedIn(in.cookies().cookies().size(), millis);
        save(in.cookies());
        yield new SessionAccess.Ready(in.cookies());
      }
      case LoginFailed f -> {
        loginFailures.add(f);
        log.loginFailed(f.reason(), f.pageUrl(), f.diagnostics());
        yield end(
            new SessionAccess.Unavailable(
                "Naver sign-in failed: "
                    + f.reason()
                    + " (page "
                    + f.pageUrl()
                    + ")"
                    + (f.diagnostics().isBlank() ? "" : "; evidence: " + f.diagnostics())));
      }
    };
  }

  private Optional<SessionCookies> loadCached() {
    try {
      return store.load();
    } catch (RuntimeException e) {
      log.storeFailed("load", e);
      return Optional.empty();
    }
  }

  /** An unreadable record does not hold sign-ins back: the store's failure is logged. */
  private Optional<Instant> lastAttempt() {
    try {
      return store.lastSignInAttempt();
    } catch (RuntimeException e) {
      log.storeFailed("read last sign-in attempt", e);
      return Optional.empty();
    }
  }

  private void recordAttempt(Instant at) {
    try {
      store.recordSignInAttempt(at);
    } catch (RuntimeException e) {
      log.storeFailed("record sign-in attempt", e);
    }
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
