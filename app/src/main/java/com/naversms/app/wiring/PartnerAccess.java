package com.naversms.app.wiring;

import com.naversms.adapters.naver.HttpSessionCheck;
import com.naversms.adapters.naver.NaverCredentials;
import com.naversms.adapters.naver.NaverEndpoints;
import com.naversms.adapters.naver.NaverSession;
import com.naversms.adapters.naver.PartnerApiSettings;
import com.naversms.adapters.naver.PartnerBookingClient;
import com.naversms.adapters.naver.PartnerSession.SessionAccess;
import com.naversms.adapters.naver.SessionLog;
import com.naversms.adapters.naver.SignInPolicy;
import com.naversms.core.cycle.NaverAccess;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.Metrics;
import com.naversms.core.session.BrowserLogin;
import com.naversms.core.session.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The Naver session of one cycle (cached cookies, browser login only when they fail, within the
 * sign-in policy) and the partner API client that fetches with it.
 */
final class PartnerAccess implements NaverAccess {
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);
  private final NaverEndpoints endpoints;
  private final PartnerApiSettings api;
  private final SessionStore sessions;
  private final BrowserLogin browser;
  private final Supplier<NaverCredentials> credentials;
  private final EventLog log;
  private final Metrics metrics;
  private final Clock clock;
  private final HttpClients http;
  private final SignInPolicy signIns;

  PartnerAccess(
      NaverEndpoints endpoints,
      PartnerApiSettings api,
      SessionStore sessions,
      BrowserLogin browser,
      Supplier<NaverCredentials> credentials,
      EventLog log,
      Metrics metrics,
      Clock clock,
      HttpClients http,
      SignInPolicy signIns) {
    this.endpoints = endpoints;
    this.api = api;
    this.sessions = sessions;
    this.browser = browser;
    this.credentials = credentials;
    this.log = log;
    this.metrics = metrics;
    this.clock = clock;
    this.http = http;
    this.signIns = signIns;
  }

  @Override
  public Access open() {
    NaverSession session =
        new NaverSession(
            sessions,
            new HttpSessionCheck(endpoints, clock, CHECK_TIMEOUT, http.client(CHECK_TIMEOUT)),
            browser,
            credentials,
            new SessionLog(log),
            signIns,
            clock);
    return switch (session.cookies()) {
      case SessionAccess.Ready r ->
          new Access.Opened(
              new RenewalCounting(
                  new PartnerBookingClient(endpoints.partner(), api, session, clock, log),
                  session,
                  metrics));
      case SessionAccess.Unavailable u -> new Access.LoginFailed(u.reason());
      case SessionAccess.NoSignIn n -> new Access.NoSession(n.reason());
      // only a refusal mid-fetch gives these; named for the exhaustive switch
      case SessionAccess.Live l -> new Access.LoginFailed(l.reason());
      case SessionAccess.RateLimited r ->
          new Access.LoginFailed("sign-in held back until " + r.nextAllowed());
    };
  }
}
