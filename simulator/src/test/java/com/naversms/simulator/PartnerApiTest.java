package com.naversms.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.http.Json;
import com.naversms.simulator.naver.Scenario;
import com.naversms.simulator.naver.SimCookie;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnerApiTest {
  static final Simulator SIM = Simulator.start();
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  static final String LIST_QUERY =
      "bizItemTypes=STANDARD&bookingStatusCodes=%s&dateDropdownType=ENTIRE&dateFilter=USEDATE&maxDays=31"
          + "&nPayChargedStatusCodes=&orderBy=&orderByStartDate=ASC&paymentStatusCodes=&searchValue="
          + "&page=%d&size=50&noCache=1764000000000";
  String cookies;

  @AfterAll
  static void stop() {
    SIM.close();
  }

  @BeforeEach
  void setUp() {
    SIM.reset();
    SIM.naver().scenario(Scenario.generated(7, List.of("1000001", "1000002"), 120, DAY));
    cookies = SimCookie.header(SIM.naver().issueSession());
  }

  HttpResponse<String> list(String store, String status, int page, String extra) {
    String url =
        SIM.baseUrl()
            + "/api/businesses/"
            + store
            + "/bookings?"
            + LIST_QUERY.formatted(status, page)
            + extra;
    return Http.get(url, "Cookie", cookies, "x-booking-naver-role", "OWNER");
  }

  HttpResponse<String> count(String store, String status, String extra) {
    String url =
        SIM.baseUrl()
            + "/v3.1/businesses/"
            + store
            + "/bookings/count?"
            + LIST_QUERY.formatted(status, 0)
            + extra;
    return Http.get(url, "Cookie", cookies, "x-booking-naver-role", "OWNER");
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.parse(r.body()).orElseThrow();
  }

  @Test
  void withoutLiveSessionCookies_is401() {
    String url =
        SIM.baseUrl() + "/api/businesses/1000001/bookings?" + LIST_QUERY.formatted("RC03", 0);
    assertThat(Http.get(url, "x-booking-naver-role", "OWNER").statusCode()).isEqualTo(401);
    SIM.naver().expireSessions();
    assertThat(list("1000001", "RC03", 0, "").statusCode()).isEqualTo(401);
  }

  @Test
  void withoutOwnerRole_orForAnUnknownStore_is403() {
    String url =
        SIM.baseUrl() + "/api/businesses/1000001/bookings?" + LIST_QUERY.formatted("RC03", 0);
    assertThat(Http.get(url, "Cookie", cookies).statusCode()).isEqualTo(403);
    assertThat(list("9999999", "RC03", 0, "").statusCode()).isEqualTo(403);
    assertThat(count("9999999", "RC03", "").statusCode()).isEqualTo(403);
  }

  @Test
  void rangeOver31Days_orWithoutZone_orBackwards_is422() {
    assertThat(
            list(
                    "1000001",
                    "RC08",
                    0,
                    "&startDateTime=2026-11-01T00:00:00.000Z&endDateTime=2026-12-02T00:00:01.000Z")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            list(
                    "1000001",
                    "RC08",
                    0,
                    "&startDateTime=2026-11-01T00:00:00.000Z&endDateTime=2026-12-02T00:00:00.000Z")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            list(
                    "1000001",
                    "RC08",
                    0,
                    "&startDateTime=2026-11-01T00:00:00.000&endDateTime=2026-11-02T00:00:00.000Z")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            count(
                    "1000001",
                    "RC08",
                    "&startDateTime=2026-11-03T00:00:00.000Z&endDateTime=2026-11-02T00:00:00.000Z")
                .statusCode())
        .isEqualTo(422);
  }

  @Test
  void pagesOf50_inStartOrder_withCountMatching() {
    int total = json(count("1000001", "RC03", "")).get("count").asInt();
    assertThat(total).isEqualTo(96); // 120 bookings, the earliest fifth are RC08
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      JsonNode array = json(list("1000001", "RC03", page, ""));
      assertThat(array.size()).isEqualTo(page < 1 ? 50 : page == 1 ? 46 : 0);
      array.forEach(all::add);
    }
    assertThat(all).hasSize(96);
    assertThat(all)
        .allSatisfy(b -> assertThat(b.get("bookingStatusCode").asText()).isEqualTo("RC03"));
    List<Instant> starts =
        all.stream()
            .map(b -> Instant.parse(b.path("snapshotJson").path("startDateTime").asText()))
            .toList();
    assertThat(starts).isSorted();
    assertThat(all.stream().map(b -> b.get("bookingId").asLong()).distinct()).hasSize(96);
  }

  @Test
  void useDateWindow_filtersOnSnapshotStart() {
    // 2026-11-27 10:00..13:00 KST = 01:00..04:00 UTC
    String window = "&startDateTime=2026-11-27T01:00:00.000Z&endDateTime=2026-11-27T04:00:00.000Z";
    JsonNode page = json(list("1000002", "RC03,RC08", 0, window));
    assertThat(page.size()).isPositive();
    page.forEach(b -> {
      Instant start = Instant.parse(b.path("snapshotJson").path("startDateTime").asText());
      assertThat(start)
          .isBetween(Instant.parse("2026-11-27T01:00:00Z"), Instant.parse("2026-11-27T04:00:00Z"));
    });
    assertThat(json(count("1000002", "RC03,RC08", window)).get("count").asInt())
        .isEqualTo(page.size());
    String nextDay = "&startDateTime=2026-11-28T00:00:00.000Z&endDateTime=2026-11-29T00:00:00.000Z";
    assertThat(json(list("1000002", "RC03", 0, nextDay)).size()).isZero();
  }

  @Test
  void addedBookings_areServedForTheirStore() {
    SIM.naver()
        .addBookings("1000003", Scenario.fromJson(SampleJson.text()).bookings().subList(0, 1));
    JsonNode page = json(list("1000003", "RC03", 0, ""));
    assertThat(page.size()).isEqualTo(1);
    assertThat(page.get(0).get("name").asText()).isEqualTo("김민준");
  }
}
