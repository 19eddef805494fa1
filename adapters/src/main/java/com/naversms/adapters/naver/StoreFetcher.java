package com.naversms.adapters.naver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.naver.PartnerSession.SessionAccess;
import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.concurrent.Ahead;
import com.naversms.core.cycle.BookingSource.FetchRequest;
import com.naversms.core.cycle.BookingSource.StoreFetch;
import com.naversms.core.session.SessionCookies;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Fetches one {@link FetchRequest}: the count and the first page together, then every further page
 * of 50, each after the pace. Retries what may pass on a second try, on 401/403 asks the session
 * whether the cookies are dead (then signs in afresh once) or the store is refused, and turns
 * whatever still fails into {@code Failed}.
 */
final class StoreFetcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The partner API refused one store while the session works: that store's failure. */
  static final String STORE_ACCESS_DENIED = "store_access_denied";

  private final PartnerClientParts parts;
  private final FetchRequest request;
  private final Pacer pacer;
  private final SharedValues values;
  private final String label;
  private SessionCookies cookies;
  private boolean renewed;

  StoreFetcher(PartnerClientParts parts, FetchRequest request, Pacer pacer, SharedValues values) {
    this.parts = parts;
    this.request = request;
    this.pacer = pacer;
    this.values = values;
    this.label = "store " + request.storeId() + " " + request.statusCode();
  }

  StoreFetch fetch() {
    FirstPage firstPage = null;
    try {
      cookies = ready(parts.session().cookies());
      // the count and the first page in one paced step, as the partner site's booking list asks
      // for both when it opens; the first page's answer counts as its first try (retries and a
      // fresh sign-in stay on this thread)
      pace();
      firstPage =
          FirstPage.ask(parts, pacer, parts.requests().page(request, 0, header(), millis()));
      SessionCookies askedWith = cookies;
      int count =
          count(call(c -> parts.requests().count(request, c, millis()), "count", false, null));
      int pages = (count + PartnerApiSettings.PAGE_SIZE - 1) / PartnerApiSettings.PAGE_SIZE;
      List<Booking> bookings = new ArrayList<>();
      List<BookingProblem> problems = new ArrayList<>();
      Set<Long> seen = new HashSet<>();
      for (int page = 0; page < pages; page++) {
        int p = page;
        // a refusal of cookies the count has since replaced is not this page's answer
        CallResult answered = p == 0 ? firstPage.answer() : null;
        if (answered instanceof CallResult.Unauthorized && cookies != askedWith) {
          answered = null;
        }
        String body =
            call(c -> parts.requests().page(request, p, c, millis()), "page " + p, true, answered);
        BookingRead read = read(body, p);
        read.bookings().stream().filter(b -> seen.add(b.bookingId())).forEach(bookings::add);
        problems.addAll(read.problems());
      }
      return new StoreFetch.Fetched(request, bookings, problems);
    } catch (FetchFailure f) {
      return new StoreFetch.Failed(request, f.errorType(), f.getMessage());
    } finally {
      if (firstPage != null) {
        firstPage.answer(); // never leaves a request of this listing behind it
      }
    }
  }

  /** The first page, asked on a virtual thread of its own while the count is asked. */
  private record FirstPage(Ahead<CallResult> task) {
    static FirstPage ask(PartnerClientParts parts, Pacer pacer, HttpRequest built) {
      return new FirstPage(
          Ahead.virtual(
              "partner-first-page",
              () -> {
                pacer.started();
                return PartnerCall.send(parts.http(), built);
              }));
    }

    CallResult answer() {
      try {
        return task.get();
      } catch (Ahead.Interrupted e) {
        return new CallResult.Failure("interrupted", "interrupted", false);
      } catch (RuntimeException e) {
        return new CallResult.Failure("connection", String.valueOf(e), true);
      }
    }
  }

  private String header() {
    return CookieHeader.forHost(cookies, parts.requests().host());
  }

  /**
   * One call with its retries. {@code paceFirst}: whether its first try waits for the pace (not
   * when it shares the step just paced); {@code answered}: the answer of a first try already sent,
   * or null.
   */
  private String call(
      Function<String, HttpRequest> build, String what, boolean paceFirst, CallResult answered) {
    int failures = 0;
    boolean pace = paceFirst;
    CallResult result = answered;
    while (true) {
      if (result == null) {
        if (pace) {
          pace();
        }
        result = PartnerCall.send(parts.http(), build.apply(header()));
      }
      pace = true;
      switch (result) {
        case CallResult.Ok ok -> {
          return ok.body();
        }
        case CallResult.Unauthorized u -> renewAfter(u, what);
        case CallResult.Failure f -> {
          failures++;
          if (!f.retryable() || failures >= parts.settings().maxAttempts()) {
            String tries = f.retryable() ? " (after " + failures + " tries)" : "";
            throw new FetchFailure(f.errorType(), label + " " + what + ": " + f.reason() + tries);
          }
          parts.log().retrying(request, what, f, failures);
          sleep(parts.settings().backoff().multipliedBy(1L << Math.min(failures - 1, 10)));
        }
      }
      result = null;
    }
  }

  /**
   * A 401/403: the session decides whether the cookies are dead (a fresh sign-in, then one more
   * try) or this store's own refusal (the account cannot see it: the store fails, no sign-in).
   */
  private void renewAfter(CallResult.Unauthorized u, String what) {
    String refused = label + " " + what + ": HTTP " + u.status();
    if (renewed) {
      throw new FetchFailure(
          STORE_ACCESS_DENIED, refused + " even after a fresh sign-in: " + u.snippet());
    }
    renewed = true;
    parts.log().refused(request, what, u.status());
    cookies =
        switch (parts.session().renew(cookies)) {
          case SessionAccess.Ready r -> r.cookies();
          case SessionAccess.Live l ->
              throw new FetchFailure(
                  STORE_ACCESS_DENIED,
                  refused
                      + " while the Naver session is live ("
                      + l.reason()
                      + "): the account cannot see this store: "
                      + u.snippet());
          case SessionAccess other -> ready(other);
        };
  }

  private SessionCookies ready(SessionAccess access) {
    return switch (access) {
      case SessionAccess.Ready r -> r.cookies();
      case SessionAccess.Unavailable u ->
          throw new FetchFailure("login_failed", label + ": no Naver session: " + u.reason());
      case SessionAccess.RateLimited r ->
          throw new FetchFailure(
              "login_rate_limited",
              label
                  + ": the partner API refused the session and a sign-in is blocked by the rate"
                  + " limit until "
                  + r.nextAllowed()
                  + " (last attempt "
                  + r.lastAttempt()
                  + ")");
      case SessionAccess.NoSignIn n ->
          throw new FetchFailure(
              "no_session", label + ": " + n.reason() + "; signing in is not allowed");
      case SessionAccess.Live l ->
          throw new FetchFailure(STORE_ACCESS_DENIED, label + ": " + l.reason());
    };
  }

  private int count(String body) {
    try {
      JsonNode count = JSON.readTree(body).get("count");
      if (count != null && count.canConvertToInt() && count.asInt() >= 0) {
        return count.asInt();
      }
    } catch (java.io.IOException e) {
      // falls through to the failure below: the body is not JSON
    }
    throw new FetchFailure(
        "malformed_response",
        label + " count: expected {\"count\": n}, got: " + PartnerCall.snippet(body));
  }

  private BookingRead read(String body, int page) {
    String source = label + " page " + page;
    try {
      return BookingJson.read(body, source, values);
    } catch (RuntimeException e) {
      throw new FetchFailure("malformed_response", source + ": " + e.getMessage());
    }
  }

  private void pace() {
    try {
      pacer.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchFailure("interrupted", label + ": interrupted");
    }
  }

  private void sleep(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchFailure("interrupted", label + ": interrupted");
    }
  }

  private long millis() {
    return parts.clock().millis();
  }

  /** What every store's fetch shares. */
  record PartnerClientParts(
      java.net.http.HttpClient http,
      PartnerRequests requests,
      PartnerApiSettings settings,
      PartnerSession session,
      Clock clock,
      FetchLog log) {}
}
