package com.naversms.adapters.naver;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.naver.PartnerSession.SessionAccess;
import com.naversms.adapters.naver.SessionCheck.Verdict;
import com.naversms.core.fakes.InMemorySessionStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.observability.LogField;
import com.naversms.core.session.BrowserLogin;
import com.naversms.core.session.BrowserLogin.LoginResult;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NaverSessionTest {
  private static final SessionCookies CACHED = cookies("cached");
  private static final SessionCookies FRESH = cookies("fresh");
  private static final NaverCredentials ACCOUNT = new NaverCredentials("demo-user", "demo-pass");
  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  private static final SignInPolicy TWO_HOURS = new SignInPolicy.Limited(Duration.ofHours(2));

  private final InMemorySessionStore store = new InMemorySessionStore();
  private final ScriptedBrowser browser = new ScriptedBrowser();
  private final RecordingEventLog log = new RecordingEventLog();

  @Test
  void validCachedCookiesAreUsedWithoutABrowser() {
    store.save(CACHED);

    SessionAccess access = session(c -> new Verdict.Valid()).cookies();

    assertThat(access).isEqualTo(new SessionAccess.Ready(CACHED));
    assertThat(browser.calls).isEmpty();
  }

  @Test
  void noCachedCookiesSignsInAndSavesTheSession() {
    browser.answers.add(new LoginResult.LoggedIn(FRESH));
    NaverSession session = session(c -> new Verdict.Valid());

    assertThat(session.cookies()).isEqualTo(new SessionAccess.Ready(FRESH));
    assertThat(store.load()).contains(FRESH);
    assertThat(session.browserLogins()).isEqualTo(1);
    assertThat(browser.calls).containsExactly("demo-user/demo-pass");
    assertThat(store.lastSignInAttempt()).contains(NOW);
  }

  @Test
  void rejectedCachedCookiesSignInOnce() {
    store.save(CACHED);
    browser.answers.add(new LoginResult.LoggedIn(FRESH));
    NaverSession session = session(c -> new Verdict.Invalid("redirected to login"));

    assertThat(session.cookies()).isEqualTo(new SessionAccess.Ready(FRESH));
    assertThat(session.cookies()).isEqualTo(new SessionAccess.Ready(FRESH));
    assertThat(session.browserLogins()).isEqualTo(1);
  }

  @Test
  void deadCookiesSignInEvenRightAfterAnotherAttempt() {
    store.save(CACHED);
    store.recordSignInAttempt(NOW.minus(Duration.ofMinutes(1)));
    browser.answers.add(new LoginResult.LoggedIn(FRESH));

    SessionAccess access = session(c -> new Verdict.Invalid("redirected to login")).cookies();

    assertThat(access).isEqualTo(new SessionAccess.Ready(FRESH));
    assertThat(store.lastSignInAttempt()).contains(NOW);
  }

  @Test
  void anUndecidedCheckKeepsTheCachedCookies() {
    store.save(CACHED);

    assertThat(session(c -> new Verdict.Unknown("HTTP 503")).cookies())
        .isEqualTo(new SessionAccess.Ready(CACHED));
    assertThat(browser.calls).isEmpty();
  }

  @Test
  void storesRefusedWhileTheCheckAcceptsTheCookiesFailAloneWithoutASignIn() {
    store.save(CACHED);
    CountingCheck check = new CountingCheck(new Verdict.Valid());
    NaverSession session = session(check);
    session.cookies();

    SessionAccess first = session.renew(CACHED);
    SessionAccess second = session.renew(CACHED);

    assertThat(first).isInstanceOf(SessionAccess.Live.class);
    assertThat(second).isEqualTo(first);
    assertThat(browser.calls).isEmpty();
    assertThat(check.calls).isEqualTo(2); // at the start, and once for every refused store
    assertThat(store.lastSignInAttempt()).isEmpty();
  }

  @Test
  void manyStoresRefusedWithCookiesThatDiedMidCycleOpenTheBrowserOnce() {
    store.save(CACHED);
    browser.answers.add(new LoginResult.LoggedIn(FRESH));
    store.recordSignInAttempt(NOW.minus(Duration.ofMinutes(5)));
    CountingCheck check =
        new CountingCheck(new Verdict.Valid(), new Verdict.Invalid("redirected to login"));
    NaverSession session = session(check);
    session.cookies();

    assertThat(session.renew(CACHED)).isEqualTo(new SessionAccess.Ready(FRESH));
    assertThat(session.renew(CACHED)).isEqualTo(new SessionAccess.Ready(FRESH));
    assertThat(session.browserLogins()).isEqualTo(1);
    assertThat(store.load()).contains(FRESH);
  }

  @Test
  void aRefusalOfCookiesSignedInThisCycleIsTheStoresFailure() {
    browser.answers.add(new LoginResult.LoggedIn(FRESH));
    NaverSession session = session(c -> new Verdict.Invalid("redirected to login"));
    session.cookies();

    assertThat(session.renew(FRESH)).isInstanceOf(SessionAccess.Live.class);
    assertThat(session.browserLogins()).isEqualTo(1);
  }

  @Test
  void anUndecidedCheckSignsInOnlyWhenTheLastAttemptIsOldEnough() {
    store.save(CACHED);
    Instant last = NOW.minus(Duration.ofMinutes(30));
    store.recordSignInAttempt(last);
    NaverSession session = session(c -> new Verdict.Unknown("HTTP 503"));
    session.cookies();

    SessionAccess held = session.renew(CACHED);

    assertThat(held).isEqualTo(new SessionAccess.RateLimited(last, last.plus(Duration.ofHours(2))));
    assertThat(session.renew(CACHED)).isEqualTo(held);
    assertThat(session.blockedSignIns()).isEqualTo(1);
    assertThat(browser.calls).isEmpty();
    assertThat(store.lastSignInAttempt()).contains(last);
    assertThat(log.withField(LogField.ERROR_TYPE, "login_rate_limited")).hasSize(1);
  }

  @Test
  void anUndecidedCheckSignsInOnceTheIntervalHasPassed() {
    store.save(CACHED);
    store.recordSignInAttempt(NOW.minus(Duration.ofHours(2)));
    browser.answers.add(new LoginResult.LoggedIn(FRESH));
    NaverSession session = session(c -> new Verdict.Unknown("HTTP 503"));
    session.cookies();

    assertThat(session.renew(CACHED)).isEqualTo(new SessionAccess.Ready(FRESH));
    assertThat(session.blockedSignIns()).isZero();
    assertThat(store.lastSignInAttempt()).contains(NOW);
  }

  @Test
  void aLastAttemptFarInTheFutureDoesNotHoldSignInsBack() {
    Optional<Instant> skewed = Optional.of(NOW.plus(Duration.ofDays(1)));
    SignInPolicy.Limited limit = new SignInPolicy.Limited(Duration.ofHours(2));

    assertThat(limit.heldUntil(skewed, NOW)).isEmpty();
    assertThat(limit.heldUntil(Optional.of(NOW.plusSeconds(60)), NOW))
        .contains(NOW.plusSeconds(60).plus(Duration.ofHours(2)));
    assertThat(new SignInPolicy.Limited(Duration.ZERO).heldUntil(Optional.of(NOW), NOW)).isEmpty();
  }

  @Test
  void neverSigningInUsesTheStoredSessionOrStops() {
    assertThat(session(c -> new Verdict.Valid(), new SignInPolicy.Never()).cookies())
        .isInstanceOf(SessionAccess.NoSignIn.class);

    store.save(CACHED);
    assertThat(session(c -> new Verdict.Invalid("expired"), new SignInPolicy.Never()).cookies())
        .isInstanceOf(SessionAccess.NoSignIn.class);
    NaverSession undecided = session(c -> new Verdict.Unknown("503"), new SignInPolicy.Never());
    assertThat(undecided.cookies()).isEqualTo(new SessionAccess.Ready(CACHED));
    assertThat(undecided.renew(CACHED)).isInstanceOf(SessionAccess.NoSignIn.class);

    assertThat(browser.calls).isEmpty();
    assertThat(store.lastSignInAttempt()).isEmpty();
  }

  @Test
  void aFailedSignInIsReportedAndNotRepeatedInTheSameCycle() {
    browser.answers.add(
        new LoginResult.LoginFailed("captcha", "http://sim/nidlogin.login", "/tmp/d"));
    NaverSession session = session(c -> new Verdict.Valid());

    SessionAccess first = session.cookies();
    SessionAccess again = session.renew(CACHED);

    assertThat(first).isInstanceOf(SessionAccess.Unavailable.class);
    assertThat(((SessionAccess.Unavailable) first).reason()).contains("captcha");
    assertThat(again).isEqualTo(first);
    assertThat(session.loginFailures()).hasSize(1);
    assertThat(session.browserLogins()).isEqualTo(1);
    assertThat(store.lastSignInAttempt()).contains(NOW);
  }

  @Test
  void missingCredentialsMakeTheSessionUnavailableWithoutABrowser() {
    NaverSession session =
        new NaverSession(
            store,
            c -> new Verdict.Valid(),
            browser,
            () -> {
              throw new IllegalStateException("secret naver-credentials not found");
            },
            new SessionLog(log));

    assertThat(session.cookies()).isInstanceOf(SessionAccess.Unavailable.class);
    assertThat(browser.calls).isEmpty();
  }

  @Test
  void aBrokenSessionStoreDoesNotStopTheCycle() {
    browser.answers.add(new LoginResult.LoggedIn(FRESH));
    SessionStore broken =
        new SessionStore() {
          @Override
          public Optional<SessionCookies> load() {
            throw new IllegalStateException("table missing");
          }

          @Override
          public void save(SessionCookies cookies) {
            throw new IllegalStateException("access denied");
          }

          @Override
          public void clear() {}

          @Override
          public Optional<Instant> lastSignInAttempt() {
            throw new IllegalStateException("table missing");
          }

          @Override
          public void recordSignInAttempt(Instant at) {
            throw new IllegalStateException("access denied");
          }
        };
    NaverSession session =
        new NaverSession(
            broken, c -> new Verdict.Valid(), browser, () -> ACCOUNT, new SessionLog(log));

    assertThat(session.cookies()).isEqualTo(new SessionAccess.Ready(FRESH));
  }

  private NaverSession session(SessionCheck check) {
    return session(check, TWO_HOURS);
  }

  private NaverSession session(SessionCheck check, SignInPolicy policy) {
    return new NaverSession(
        store,
        check,
        browser,
        () -> ACCOUNT,
        new SessionLog(log),
        policy,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static SessionCookies cookies(String value) {
    return new SessionCookies(
        List.of(
            new SessionCookies.Cookie("NID_AUT", value, ".naver.com", "/", null, true, true, "Lax"),
            new SessionCookies.Cookie(
                "NID_SES", value, ".naver.com", "/", null, true, true, "Lax")));
  }

  /** Answers its verdicts in order, the last one from then on. */
  private static final class CountingCheck implements SessionCheck {
    final List<Verdict> verdicts;
    int calls;

    CountingCheck(Verdict... verdicts) {
      this.verdicts = List.of(verdicts);
    }

    @Override
    public Verdict check(SessionCookies cookies) {
      return verdicts.get(Math.min(calls++, verdicts.size() - 1));
    }
  }

  private static final class ScriptedBrowser implements BrowserLogin {
    final List<LoginResult> answers = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public LoginResult login(String username, String password) {
      calls.add(username + "/" + password);
      return answers.removeFirst();
    }
  }
}
