package com.naversms.adapters.naver;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.cycle.BookingSource.FetchRequest;
import com.naversms.core.cycle.BookingSource.StoreFetch;
import com.naversms.core.fakes.InMemorySessionStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.naver.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The partner API client against the simulated partner site: paging, sessions, isolation. */
class PartnerBookingClientTest {
  static final List<String> STORES = List.of("1051707", "951291", "1120125");

  Simulator sim;
  Scenario scenario;
  SimNaver.IssuingLogin browser;
  NaverSession session;

  @BeforeEach
  void start() {
    sim = Simulator.start();
    scenario = Scenario.generated(42, STORES, 120, SimNaver.DAY);
    sim.naver().scenario(scenario);
    browser = new SimNaver.IssuingLogin(sim);
    InMemorySessionStore store = new InMemorySessionStore();
    store.save(SimNaver.cookies(sim.naver().issueSession()));
    session =
        new NaverSession(
            store,
            new HttpSessionCheck(
                NaverEndpoints.single(sim.baseUrl()), Clock.systemUTC(), Duration.ofSeconds(2)),
            browser,
            () -> new NaverCredentials("demo-user", "demo-pass"),
            new SessionLog(new RecordingEventLog()));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void fetchesEveryBookingOfEveryStorePageByPage() {
    List<FetchRequest> requests =
        STORES.stream()
            .flatMap(
                s -> List.of(SimNaver.request(s, "RC03"), SimNaver.request(s, "RC08")).stream())
            .toList();

    List<StoreFetch> results = fetch(SimNaver.fast(), requests);

    assertThat(results).extracting(StoreFetch::request).containsExactlyElementsOf(requests);
    for (StoreFetch r : results) {
      assertThat(r).isInstanceOf(StoreFetch.Fetched.class);
      Set<Long> got =
          ((StoreFetch.Fetched) r)
              .bookings().stream().map(Booking::bookingId).collect(Collectors.toSet());
      assertThat(got).isEqualTo(expectedIds(r.request().storeId(), r.request().statusCode()));
    }
    // 96 confirmed bookings per store: two pages of 50; 24 completed: one page
    assertThat(sim.requests(Routes.NAVER_BOOKINGS)).hasSize(STORES.size() * 3);
    assertThat(browser.logins).hasValue(0);
  }

  @Test
  void expiredSessionSignsInOnceForAllStoresAndCarriesOn() {
    sim.naver().expireSessions();

    List<StoreFetch> results = fetch(SimNaver.fast(), rc03All());

    assertThat(results).allMatch(r -> r instanceof StoreFetch.Fetched);
    assertThat(browser.logins).hasValue(1);
    assertThat(session.browserLogins()).isEqualTo(1);
  }

  @Test
  void refusalsOfALiveSessionFailTheStoresWithoutASignIn() {
    sim.faults().on(Routes.NAVER_COUNT).status(401);

    List<StoreFetch> results = fetch(SimNaver.fast(), rc03All());

    assertThat(results)
        .allSatisfy(r -> assertThat(failure(r).errorType()).isEqualTo("store_access_denied"));
    assertThat(failure(results.get(0)).reason())
        .contains("store 1051707", "HTTP 401", "session is live");
    assertThat(sim.requests(Routes.NAVER_COUNT)).hasSize(STORES.size());
    assertThat(sim.requests(Routes.NAVER_SESSION_CHECK)).hasSize(2); // start, one re-check
    assertThat(browser.logins).hasValue(0);
  }

  @Test
  void aStoreTheAccountCannotSeeFailsAloneWithoutASignIn() {
    List<FetchRequest> requests = new java.util.ArrayList<>(rc03All());
    requests.add(1, SimNaver.request("7777777", "RC03")); // not this account's: 403

    List<StoreFetch> results = fetch(SimNaver.fast(), requests);

    assertThat(failure(results.get(1)).errorType()).isEqualTo("store_access_denied");
    assertThat(failure(results.get(1)).reason()).contains("store 7777777", "HTTP 403");
    assertThat(results).filteredOn(r -> r instanceof StoreFetch.Fetched).hasSize(STORES.size());
    assertThat(browser.logins).hasValue(0);
  }

  @Test
  void rejectedRangeIsRetriedThenFailsThatStoreOnly() {
    FetchRequest tooLong =
        new FetchRequest(
            "1051707",
            "RC03",
            SimNaver.request("1051707", "RC03").from().minus(Duration.ofDays(40)),
            SimNaver.request("1051707", "RC03").to());

    List<StoreFetch> results =
        fetch(
            SimNaver.fast(),
            List.of(
                tooLong, SimNaver.request("951291", "RC03"), SimNaver.request("1120125", "RC03")));

    StoreFetch.Failed failed = failure(results.get(0));
    assertThat(failed.errorType()).isEqualTo("http_422");
    assertThat(failed.reason()).contains("store 1051707", "count", "after 3 tries");
    assertThat(results.subList(1, 3)).allMatch(r -> r instanceof StoreFetch.Fetched);
    assertThat(requestsOf(Routes.NAVER_COUNT, "1051707")).isEqualTo(3);
  }

  @Test
  void serverErrorsAreRetriedUntilTheyPass() {
    sim.faults().on(Routes.NAVER_BOOKINGS).status(503).times(2);

    List<StoreFetch> results = fetch(SimNaver.fast(), rc03All());

    assertThat(results).allMatch(r -> r instanceof StoreFetch.Fetched);
    assertThat(totalBookings(results)).isEqualTo(STORES.size() * 96);
    assertThat(sim.requests(Routes.NAVER_BOOKINGS)).hasSize(STORES.size() * 2 + 2);
  }

  @Test
  void persistentServerErrorsFailAfterTheConfiguredTries() {
    sim.faults().on(Routes.NAVER_BOOKINGS).status(500);

    List<StoreFetch> results =
        fetch(
            SimNaver.fast().withRetries(2, Duration.ofMillis(1)),
            List.of(SimNaver.request("951291", "RC03")));

    assertThat(failure(results.get(0)).errorType()).isEqualTo("http_500");
    assertThat(failure(results.get(0)).reason()).contains("page 0", "after 2 tries");
    assertThat(sim.requests(Routes.NAVER_BOOKINGS)).hasSize(2);
  }

  @Test
  void anUnansweredRequestTimesOutAndIsRetried() {
    sim.faults().on(Routes.NAVER_COUNT).timeout().times(1);
    PartnerApiSettings settings = SimNaver.fast().withRequestTimeout(Duration.ofSeconds(1));

    List<StoreFetch> results = fetch(settings, List.of(SimNaver.request("951291", "RC03")));

    assertThat(results.get(0)).isInstanceOf(StoreFetch.Fetched.class);
    assertThat(sim.requests(Routes.NAVER_COUNT)).hasSize(2);
  }

  @Test
  void aStoreThatNeverAnswersFailsAsATimeout() {
    sim.faults().on(Routes.NAVER_COUNT).timeout();
    PartnerApiSettings settings =
        SimNaver.fast()
            .withRequestTimeout(Duration.ofMillis(200))
            .withRetries(2, Duration.ofMillis(1));

    StoreFetch result = fetch(settings, List.of(SimNaver.request("951291", "RC03"))).get(0);

    assertThat(failure(result).errorType()).isEqualTo("timeout");
  }

  @Test
  void aDroppedConnectionIsRetried() {
    // The JDK client may itself resend a GET once on a closed connection; three drops need ours.
    sim.faults().on(Routes.NAVER_BOOKINGS).dropConnection().times(3);

    List<StoreFetch> results =
        fetch(
            SimNaver.fast().withRetries(5, Duration.ofMillis(5)),
            List.of(SimNaver.request("951291", "RC03")));

    assertThat(results.get(0)).isInstanceOf(StoreFetch.Fetched.class);
    assertThat(totalBookings(results)).isEqualTo(96);
  }

  @Test
  void aConnectionThatKeepsDroppingFailsAsAConnectionError() {
    sim.faults().on(Routes.NAVER_BOOKINGS).dropConnection();

    StoreFetch result = fetch(SimNaver.fast(), List.of(SimNaver.request("951291", "RC03"))).get(0);

    assertThat(failure(result).errorType()).isEqualTo("connection");
  }

  @Test
  void aMalformedPageNamesTheStoreAndThePage() {
    sim.faults().on(Routes.NAVER_BOOKINGS).malformedBody();

    StoreFetch result = fetch(SimNaver.fast(), List.of(SimNaver.request("1120125", "RC03"))).get(0);

    assertThat(failure(result).errorType()).isEqualTo("malformed_response");
    assertThat(failure(result).reason()).startsWith("store 1120125 RC03 page 0");
  }

  @Test
  void aFailedSignInFailsEveryStoreAsALoginFailure() {
    sim.naver().expireSessions();
    NaverSession refused =
        new NaverSession(
            new InMemorySessionStore(),
            c -> new SessionCheck.Verdict.Valid(),
            (u, p) ->
                new com.naversms.core.session.BrowserLogin.LoginResult.LoginFailed(
                    "captcha", "x", "d"),
            () -> new NaverCredentials("demo-user", "demo-pass"),
            new SessionLog(new RecordingEventLog()));

    List<StoreFetch> results;
    try (PartnerBookingClient client =
        new PartnerBookingClient(
            java.net.URI.create(sim.baseUrl()),
            SimNaver.fast(),
            refused,
            Clock.systemUTC(),
            e -> {})) {
      results = client.fetchAll(rc03All());
    }

    assertThat(results)
        .allSatisfy(r -> assertThat(failure(r).errorType()).isEqualTo("login_failed"));
    assertThat(refused.loginFailures()).hasSize(1);
  }

  List<StoreFetch> fetch(PartnerApiSettings settings, List<FetchRequest> requests) {
    try (PartnerBookingClient client =
        new PartnerBookingClient(
            java.net.URI.create(sim.baseUrl()), settings, session, Clock.systemUTC(), e -> {})) {
      return client.fetchAll(requests);
    }
  }

  static List<FetchRequest> rc03All() {
    return STORES.stream().map(s -> SimNaver.request(s, "RC03")).toList();
  }

  Set<Long> expectedIds(String store, String status) {
    return scenario.byStore().get(store).stream()
        .filter(b -> status.equals(b.get("bookingStatusCode")))
        .map(b -> ((Number) b.get("bookingId")).longValue())
        .collect(Collectors.toSet());
  }

  long requestsOf(String route, String store) {
    return sim.requests(route).stream().filter(r -> r.path().contains("/" + store + "/")).count();
  }

  static int totalBookings(List<StoreFetch> results) {
    return results.stream()
        .mapToInt(r -> r instanceof StoreFetch.Fetched f ? f.bookings().size() : 0)
        .sum();
  }

  static StoreFetch.Failed failure(StoreFetch result) {
    assertThat(result).isInstanceOf(StoreFetch.Failed.class);
    return (StoreFetch.Failed) result;
  }
}
