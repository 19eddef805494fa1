package com.naversms.adapters.naver;

import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionCookies.Cookie;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The legacy validity test without a browser: open Naver's "my info" page with the cookies; a
 * redirect to a login page means they no longer sign in. Before any request, cookies without a live
 * {@code NID_AUT} and {@code NID_SES} are invalid.
 */
public final class HttpSessionCheck implements SessionCheck {
  static final List<String> SIGN_IN_COOKIES = List.of("NID_AUT", "NID_SES");

  private final URI checkPage;
  private final Clock clock;
  private final HttpClient http;
  private final Duration timeout;

  public HttpSessionCheck(NaverEndpoints endpoints, Clock clock, Duration timeout) {
    this(
        endpoints,
        clock,
        timeout,
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  /** As above on {@code http} (HTTP/1.1, no redirects), which its maker closes. */
  public HttpSessionCheck(
      NaverEndpoints endpoints, Clock clock, Duration timeout, HttpClient http) {
    this.checkPage = endpoints.sessionCheck();
    this.clock = clock;
    this.timeout = timeout;
    this.http = http;
  }

  @Override
  public Verdict check(SessionCookies cookies) {
    Optional<String> missing = missingSignIn(cookies);
    if (missing.isPresent()) {
      return new Verdict.Invalid(missing.get());
    }
    HttpRequest request =
        HttpRequest.newBuilder(checkPage)
            .timeout(timeout)
            .header("user-agent", PartnerRequests.USER_AGENT)
            .header("cookie", CookieHeader.forHost(cookies, checkPage.getHost()))
            .GET()
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      return verdict(response.statusCode(), response.headers().firstValue("location").orElse(""));
    } catch (IOException e) {
      return new Verdict.Unknown("session check failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Verdict.Unknown("session check interrupted");
    }
  }

  static Verdict verdict(int status, String location) {
    if (status == 200) {
      return new Verdict.Valid();
    }
    if (status == 401 || status == 403) {
      return new Verdict.Invalid("session check answered HTTP " + status);
    }
    if (status / 100 == 3 && location.toLowerCase(Locale.ROOT).contains("login")) {
      return new Verdict.Invalid("session check redirected to the login page");
    }
    return new Verdict.Unknown("session check answered HTTP " + status);
  }

  private Optional<String> missingSignIn(SessionCookies cookies) {
    long now = clock.instant().getEpochSecond();
    for (String name : SIGN_IN_COOKIES) {
      Optional<Cookie> c =
          cookies.cookies().stream().filter(k -> k.name().equals(name)).findFirst();
      if (c.isEmpty()) {
        return Optional.of("no " + name + " cookie");
      }
      if (c.get().expiry() != null && c.get().expiry() <= now) {
        return Optional.of(name + " cookie expired");
      }
    }
    return Optional.empty();
  }
}
