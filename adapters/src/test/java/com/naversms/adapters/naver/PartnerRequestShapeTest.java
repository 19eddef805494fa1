package com.naversms.adapters.naver;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.cycle.BookingSource.FetchRequest;
import com.naversms.core.cycle.BookingSource.StoreFetch;
import com.naversms.core.fakes.InMemorySessionStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.simulator.RecordedRequest;
import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.naver.Scenario;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes over the wire: the legacy headers and query, the concurrency limit, the pace. */
class PartnerRequestShapeTest {
  static final List<String> STORES =
      List.of("1051707", "951291", "1120125", "1285716", "1462519", "1473826", "1466783", "867589");

  Simulator sim;
  NaverSession session;

  @BeforeEach
  void start() {
    sim = Simulator.start();
    sim.naver().scenario(Scenario.generated(7, STORES, 60, SimNaver.DAY));
    InMemorySessionStore store = new InMemorySessionStore();
    store.save(SimNaver.cookies(sim.naver().issueSession()));
    session =
        new NaverSession(
            store,
            c -> new SessionCheck.Verdict.Valid(),
            new SimNaver.IssuingLogin(sim),
            () -> new NaverCredentials("demo-user", "demo-pass"),
            new SessionLog(new RecordingEventLog()));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void countAndListCarryTheLegacyHeadersAndQuery() {
    FetchRequest request = SimNaver.request("951291", "RC03");
    List<StoreFetch> results = fetch(SimNaver.fast(), List.of(request));
    assertThat(results.get(0)).isInstanceOf(StoreFetch.Fetched.class);

    List<RecordedRequest> sent = new ArrayList<>(sim.requests(Routes.NAVER_COUNT));
    sent.addAll(sim.requests(Routes.NAVER_BOOKINGS));
    assertThat(sent).hasSize(1 + 1);
    for (RecordedRequest r : sent) {
      assertThat(r.header("x-booking-naver-role")).isEqualTo("OWNER");
      assertThat(r.header("referer")).isEqualTo(sim.baseUrl() + "/bizes/951291/booking-list-view");
      assertThat(r.header("user-agent")).contains("Chrome/120");
      assertThat(r.header("accept")).isEqualTo("application/json, text/plain, */*");
      assertThat(r.header("accept-language")).startsWith("ko-KR");
      assertThat(r.header("sec-fetch-site")).isEqualTo("same-origin");
      assertThat(r.header("sec-fetch-mode")).isEqualTo("cors");
      assertThat(r.header("sec-fetch-dest")).isEqualTo("empty");
      assertThat(r.header("sec-ch-ua-mobile")).isEqualTo("?0");
      assertThat(r.header("sec-ch-ua")).contains("Chromium");
      assertThat(r.header("cookie")).contains("NID_AUT=", "NID_SES=");
      assertThat(r.query())
          .containsEntry("bizItemTypes", "STANDARD")
          .containsEntry("bookingStatusCodes", "RC03")
          .containsEntry("dateDropdownType", "ENTIRE")
          .containsEntry("dateFilter", "USEDATE")
          .containsEntry("maxDays", "31")
          .containsEntry("orderByStartDate", "ASC")
          .containsEntry("page", "0")
          .containsEntry("size", "50")
          .containsEntry("startDateTime", "2026-11-26T15:00:00.000Z")
          .containsEntry("endDateTime", "2026-11-27T14:59:59.000Z")
          .containsEntry("nPayChargedStatusCodes", "")
          .containsEntry("paymentStatusCodes", "")
          .containsEntry("searchValue", "")
          .containsEntry("orderBy", "");
      assertThat(r.query().get("noCache")).matches("\\d{13}");
    }
    assertThat(sent.get(0).path()).isEqualTo("/v3.1/businesses/951291/bookings/count");
    assertThat(sent.get(1).path()).isEqualTo("/api/businesses/951291/bookings");
  }

  @Test
  void countAndFirstPageGoTogether() {
    Duration held = Duration.ofMillis(400);
    sim.faults().on(Routes.NAVER_COUNT).latency(held);
    sim.faults().on(Routes.NAVER_BOOKINGS).latency(held);

    long started = System.nanoTime();
    List<StoreFetch> results = fetch(SimNaver.fast(), List.of(SimNaver.request("951291", "RC03")));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(results.get(0)).isInstanceOf(StoreFetch.Fetched.class);
    assertThat(sim.requests(Routes.NAVER_COUNT)).hasSize(1);
    assertThat(sim.requests(Routes.NAVER_BOOKINGS)).hasSize(1);
    // both held 400 ms: one after the other would take 800 ms
    assertThat(took).isLessThan(held.multipliedBy(2));
    assertThat(sim.maxInFlight(Routes.NAVER_COUNT)).isEqualTo(1);
    assertThat(sim.maxInFlight(Routes.NAVER_BOOKINGS)).isEqualTo(1);
  }

  @Test
  void neverMoreListingsAtOnceThanTheLimit() {
    Duration held = Duration.ofMillis(400);
    sim.faults().on(Routes.NAVER_COUNT).latency(held);
    sim.faults().on(Routes.NAVER_BOOKINGS).latency(held);
    List<FetchRequest> requests = STORES.stream().map(s -> SimNaver.request(s, "RC03")).toList();

    long started = System.nanoTime();
    List<StoreFetch> results = fetch(SimNaver.fast().withConcurrency(2), requests);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(results).allMatch(r -> r instanceof StoreFetch.Fetched);
    List<Instant> arrivals = new ArrayList<>();
    sim.requests(Routes.NAVER_COUNT).forEach(r -> arrivals.add(r.receivedAt()));
    sim.requests(Routes.NAVER_BOOKINGS).forEach(r -> arrivals.add(r.receivedAt()));
    // each request is held 400 ms, so requests arriving within 250 ms of each other overlapped:
    // two listings at a time, each its count and its first page together
    assertThat(maxArrivalsWithin(arrivals, Duration.ofMillis(250))).isEqualTo(4);
    assertThat(sim.maxInFlight(Routes.NAVER_COUNT)).isEqualTo(2);
    assertThat(sim.maxInFlight(Routes.NAVER_BOOKINGS)).isEqualTo(2);
    // 8 listings (count with 1 page), two at a time: at least 4 rounds of 400 ms
    assertThat(took).isGreaterThanOrEqualTo(held.multipliedBy(4));
  }

  @Test
  void pagesOfOneListingKeepTheMinimumInterval() {
    Duration interval = Duration.ofMillis(200);
    sim.naver().scenario(Scenario.generated(7, List.of("951291"), 125, SimNaver.DAY));

    long started = System.nanoTime();
    List<StoreFetch> results =
        fetch(
            SimNaver.fast().withMinInterval(interval), List.of(SimNaver.request("951291", "RC03")));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(results.get(0)).isInstanceOf(StoreFetch.Fetched.class);
    // 100 confirmed bookings: the count with page 0, then page 1 after one pause
    assertThat(sim.requests(Routes.NAVER_BOOKINGS)).hasSize(2);
    assertThat(took).isGreaterThanOrEqualTo(interval);
    List<RecordedRequest> pages = sim.requests(Routes.NAVER_BOOKINGS);
    // the pace spaces the starts on the client; arrivals may be a few ms closer (page 0 leaves from
    // a thread of its own)
    assertThat(Duration.between(pages.get(0).receivedAt(), pages.get(1).receivedAt()))
        .isGreaterThanOrEqualTo(interval.minusMillis(25));
  }

  static int maxArrivalsWithin(List<Instant> arrivals, Duration window) {
    List<Instant> sorted = arrivals.stream().sorted().toList();
    int max = 0;
    for (int i = 0; i < sorted.size(); i++) {
      int n = 0;
      for (int j = i; j < sorted.size(); j++) {
        if (Duration.between(sorted.get(i), sorted.get(j)).compareTo(window) < 0) {
          n++;
        }
      }
      max = Math.max(max, n);
    }
    return max;
  }

  List<StoreFetch> fetch(PartnerApiSettings settings, List<FetchRequest> requests) {
    try (PartnerBookingClient client =
        new PartnerBookingClient(
            URI.create(sim.baseUrl()), settings, session, Clock.systemUTC(), e -> {})) {
      return client.fetchAll(requests);
    }
  }
}
