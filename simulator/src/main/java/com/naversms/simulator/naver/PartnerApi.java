package com.naversms.simulator.naver;

import com.naversms.simulator.http.SimRequest;
import com.naversms.simulator.http.SimResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The partner booking API: count and list, behind the session cookies and the OWNER role. */
final class PartnerApi {
  private final NaverSim sim;
  private final RenderedPages rendered = new RenderedPages();

  PartnerApi(NaverSim sim) {
    this.sim = sim;
  }

  SimResponse count(SimRequest request) {
    return answer(
        request, matching -> SimResponse.json(200, Map.of("count", matching.size())), true);
  }

  SimResponse list(SimRequest request) {
    return answer(request, matching -> SimResponse.json(200, matching), false);
  }

  private SimResponse answer(
      SimRequest request,
      java.util.function.Function<List<Map<String, Object>>, SimResponse> render,
      boolean count) {
    if (!sim.sessions().valid(request.cookies())) {
      return error(401, "UNAUTHORIZED", "NID_AUT and NID_SES of a live session are required");
    }
    if (sim.requiresRoleHeader() && !"OWNER".equals(request.header("x-booking-naver-role"))) {
      return error(403, "FORBIDDEN", "x-booking-naver-role: OWNER is required");
    }
    String store = request.pathParam(0);
    List<Map<String, Object>> bookings = sim.bookingsOf(store);
    if (bookings == null) {
      return error(403, "FORBIDDEN", "no access to business " + store);
    }
    return switch (BookingQuery.parse(request.query())) {
      case BookingQuery.Unprocessable u -> error(422, "UNPROCESSABLE_ENTITY", u.reason());
      case BookingQuery.Valid v ->
          rendered.answer(
              store,
              bookings,
              count ? "count" : "list",
              request.query(),
              () -> {
                List<Map<String, Object>> matching = filter(bookings, v.query());
                return render.apply(count ? matching : page(matching, v.query()));
              });
    };
  }

  /** A booking with its start read once per request (not once per sort comparison). */
  private record Dated(Map<String, Object> booking, Instant start) {}

  static List<Map<String, Object>> filter(List<Map<String, Object>> bookings, BookingQuery q) {
    Comparator<Dated> byStart =
        Comparator.comparing(Dated::start, Comparator.nullsLast(Comparator.naturalOrder()));
    return bookings.stream()
        .filter(
            b -> q.statuses().isEmpty() || q.statuses().contains(str(b.get("bookingStatusCode"))))
        .filter(b -> q.itemTypes().isEmpty() || q.itemTypes().contains(str(b.get("bizItemType"))))
        .map(b -> new Dated(b, startOf(b)))
        .filter(d -> inWindow(d, q))
        .sorted(q.ascending() ? byStart : byStart.reversed())
        .map(Dated::booking)
        .toList();
  }

  private static List<Map<String, Object>> page(List<Map<String, Object>> all, BookingQuery q) {
    long from = (long) q.page() * q.size();
    if (from >= all.size()) {
      return List.of();
    }
    return all.subList((int) from, (int) Math.min(all.size(), from + q.size()));
  }

  private static boolean inWindow(Dated dated, BookingQuery q) {
    if (q.start() == null && q.end() == null) {
      return true;
    }
    Instant at =
        "REGDATE".equals(q.dateFilter())
            ? parse(dated.booking().get("regDateTime"))
            : dated.start();
    if (at == null) {
      return false;
    }
    return (q.start() == null || !at.isBefore(q.start()))
        && (q.end() == null || !at.isAfter(q.end()));
  }

  static Instant startOf(Map<String, Object> booking) {
    return booking.get("snapshotJson") instanceof Map<?, ?> snapshot
        ? parse(snapshot.get("startDateTime"))
        : null;
  }

  private static Instant parse(Object text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.toString()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String str(Object value) {
    return value == null ? null : value.toString();
  }

  static SimResponse error(int status, String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("code", code);
    body.put("message", message);
    return SimResponse.json(status, body);
  }

  static SimResponse fault(int status, Integer retryAfter) {
    SimResponse response = error(status, "ERROR", "injected by the simulator");
    return retryAfter == null
        ? response
        : response.withHeader("Retry-After", retryAfter.toString());
  }
}
