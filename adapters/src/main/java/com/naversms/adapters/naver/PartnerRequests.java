package com.naversms.adapters.naver;

import com.naversms.core.cycle.BookingSource.FetchRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The two partner API requests (count and list) with the legacy query parameters and browser
 * headers (reference 1.4, 3.5): what the partner site's own booking list page sends.
 */
final class PartnerRequests {
  static final String USER_AGENT =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/120.0.0.0 Safari/537.36";
  static final String SEC_CH_UA =
      "\"Not_A Brand\";v=\"8\", \"Chromium\";v=\"120\", \"Google Chrome\";v=\"120\"";
  private static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'.000Z'").withZone(ZoneOffset.UTC);

  private final URI partner;
  private final Duration timeout;

  PartnerRequests(URI partner, Duration timeout) {
    this.partner = partner;
    this.timeout = timeout;
  }

  HttpRequest count(FetchRequest request, String cookieHeader, long nowMillis) {
    return get(
        "/v3.1/businesses/" + request.storeId() + "/bookings/count",
        request,
        0,
        cookieHeader,
        nowMillis);
  }

  HttpRequest page(FetchRequest request, int page, String cookieHeader, long nowMillis) {
    return get(
        "/api/businesses/" + request.storeId() + "/bookings",
        request,
        page,
        cookieHeader,
        nowMillis);
  }

  String host() {
    return partner.getHost();
  }

  static String utc(Instant instant) {
    return UTC_MILLIS.format(instant);
  }

  static Map<String, String> query(FetchRequest request, int page, long nowMillis) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("bizItemTypes", "STANDARD");
    q.put("bookingStatusCodes", request.statusCode());
    q.put("dateDropdownType", "ENTIRE");
    q.put("dateFilter", "USEDATE");
    q.put("endDateTime", utc(request.to()));
    q.put("maxDays", "31");
    q.put("nPayChargedStatusCodes", "");
    q.put("orderBy", "");
    q.put("orderByStartDate", "ASC");
    q.put("paymentStatusCodes", "");
    q.put("searchValue", "");
    q.put("startDateTime", utc(request.from()));
    q.put("page", Integer.toString(page));
    q.put("size", Integer.toString(PartnerApiSettings.PAGE_SIZE));
    q.put("noCache", Long.toString(nowMillis));
    return q;
  }

  Map<String, String> headers(String storeId) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("authority", partner.getAuthority());
    h.put("accept", "application/json, text/plain, */*");
    h.put("accept-language", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7");
    h.put("referer", partner + "/bizes/" + storeId + "/booking-list-view");
    h.put("sec-ch-ua", SEC_CH_UA);
    h.put("sec-ch-ua-mobile", "?0");
    h.put("sec-ch-ua-platform", "\"Windows\"");
    h.put("sec-fetch-dest", "empty");
    h.put("sec-fetch-mode", "cors");
    h.put("sec-fetch-site", "same-origin");
    h.put("user-agent", USER_AGENT);
    h.put("x-booking-naver-role", "OWNER");
    return h;
  }

  private HttpRequest get(
      String path, FetchRequest request, int page, String cookieHeader, long nowMillis) {
    String queryString =
        query(request, page, nowMillis).entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(partner + path + "?" + queryString))
            .timeout(timeout)
            .GET();
    headers(request.storeId()).forEach(b::header);
    if (!cookieHeader.isEmpty()) {
      b.header("cookie", cookieHeader);
    }
    return b.build();
  }
}
