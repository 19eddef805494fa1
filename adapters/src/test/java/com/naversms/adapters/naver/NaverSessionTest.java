package com.naversms.adapters.naver;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.naver.PartnerSession.SessionAccess;
import com.naversms.adapters.naver.SessionCheck.Verdict;
import com.naversms.core.fakes.InMemorySessionStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.ports.BrowserLogin;
import com.naversms.core.ports.BrowserLogin.LoginResult;
import com.naversms.core.ports.SessionStore;
import com.naversms.core.session.SessionCookies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NaverSessionTest {
  private static final SessionCookies CACHED = cookies("cached");
  private static final SessionCookies FRESH = cookies("fresh");
  private static final NaverCredentials ACCOUNT = new NaverCredentials("demo-user", "demo-pass");

  private final InMemorySessionStore store = new InMemorySessionStore();
  private final ScriptedBrowser browser = new ScriptedBrowser();

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
  void anUndecidedCheckKeepsTheCachedCookies() {
    store.save(CACHED);

    assertThat(session(c -> new Verdict.Unknown("HTTP 503")).cookies())
        .isEqualTo(new SessionAccess.Ready(CACHED));
    assertThat(browser.calls).isEmpty();
  }

  @Test
  void manyStoresRefusedWithTheSameCookiesOpenTheBrowserOnce() {
    store.save(CACHED);
    browser.answers.add(new LoginResult.LoggedIn(FRESH));
    NaverSession session = session(c -> new Verdict.Valid());
    session.cookies();

    assertThat(session.renew(CACHED)).isEqualTo(new SessionAccess.Ready(FRESH));
    assertThat(session.renew(CACHED)).isEqualTo(new SessionAccess.Ready(FRESH));
    assertThat(session.browserLogins()).isEqualTo(1);
    assertThat(store.load()).contains(FRESH);
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
            new SessionLog(new RecordingEventLog()));

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
        };
    NaverSession session =
        new NaverSession(
            broken,
            c -> new Verdict.Valid(),
            browser,
            () -> ACCOUNT,
            new SessionLog(new RecordingEventLog()));

    assertThat(session.cookies()).isEqualTo(new SessionAccess.Ready(FRESH));
  }

  private NaverSession session(SessionCheck check) {
    return new NaverSession(
        store, check, browser, () -> ACCOUNT, new SessionLog(new RecordingEventLog()));
  }

  private static SessionCookies cookies(String value) {
    return new SessionCookies(
        List.of(
            new SessionCookies.Cookie("NID_AUT", value, ".naver.com", "/", null, true, true, "Lax"),
            new SessionCookies.Cookie(
                "NID_SES", value, ".naver.com", "/", null, true, true, "Lax")));
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
