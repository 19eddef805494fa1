package com.naversms.simulator.naver;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A booking in the partner API's list shape, made or changed from outside (the control API): the
 * same fields as a generated booking, kept consistent (snapshot, dates, status counters).
 */
public final class PartnerBooking {
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter UTC_Z =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter KST_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(SEOUL);
  private static final int DEFAULT_MINUTES = 110;

  private PartnerBooking() {}

  /**
   * A new confirmed booking of {@code storeId} registered at {@code now}, then {@code change}
   * applied (it must carry name, phone and start).
   */
  public static Map<String, Object> create(
      long bookingId, String storeId, Instant now, BookingChange change) {
    String businessName = "예시스튜디오 " + storeId;
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("bookingId", bookingId);
    snapshot.put("language", "ko");
    snapshot.put("businessId", businessId(storeId));
    snapshot.put("businessName", businessName);
    snapshot.put("bizItemId", 8_000_001);
    snapshot.put("bizItemSubType", "RESTAURANT_VISIT");
    snapshot.put("bookingTimeUnitCode", "RT00");
    snapshot.put("bookingConfirmCode", "CF01");
    snapshot.put("globalTimezone", "Asia/Seoul");
    snapshot.put("bookingCount", 1);
    snapshot.put("price", 35_000);
    snapshot.put("email", "customer" + bookingId + "@example.com");
    snapshot.put("couponJson", List.of());
    snapshot.put("bookingPage", "https://booking.naver.com/my/bookings/" + bookingId);

    Map<String, Object> b = new LinkedHashMap<>();
    b.put("bookingId", bookingId);
    b.put("businessId", businessId(storeId));
    b.put("businessName", businessName);
    b.put("serviceName", businessName);
    b.put("bizItemId", 8_000_001);
    b.put("bizItemType", "STANDARD");
    b.put("adminBookingStatusCode", "AB00");
    b.put("isNonmember", false);
    b.put("areaName", "네이버 플레이스 - 검색 목록");
    b.put("isNPayUsed", true);
    b.put("bookingStatusCode", "RC03");
    b.put("businessTypeId", 6);
    b.put("businessCategory", "DL13");
    b.put("bookingType", "STANDARD");
    b.put("userId", 5_000_000 + bookingId % 1_000_000);
    b.put("email", "customer" + bookingId + "@example.com");
    b.put("isBlacklist", false);
    b.put("bookingCount", 1);
    b.put("price", 35_000);
    b.put("couponPrice", 0);
    b.put("totalPrice", 35_000);
    b.put("refundPrice", 0);
    b.put("refundRate", 0);
    b.put("regDateTime", KST_OFFSET.format(now));
    b.put("confirmedDateTime", KST_OFFSET.format(now));
    b.put("bookingGuide", "예약이 확정되었습니다. 자세한 안내는 문자로 드립니다.");
    b.put("isCompleted", false);
    b.put("completedCount", 0);
    b.put("cancelledCount", 0);
    b.put("userCancelledCount", 0);
    b.put("noShowCount", 0);
    b.put("snapshotJson", snapshot);
    b.put("bookingOptionJson", List.of());
    snapshot.put("bookingOptionJson", List.of());
    BookingChange withDefaults =
        change.minutes().isPresent()
            ? change
            : new BookingChange(
                change.name(),
                change.phone(),
                change.start(),
                java.util.Optional.of(DEFAULT_MINUTES),
                change.status(),
                change.options());
    return edit(b, withDefaults, now);
  }

  /** A copy of {@code booking} with the change applied. */
  public static Map<String, Object> edit(
      Map<String, Object> booking, BookingChange change, Instant now) {
    Map<String, Object> b = new LinkedHashMap<>(booking);
    Map<String, Object> snapshot = snapshotOf(b);
    b.put("snapshotJson", snapshot);
    change.name().ifPresent(n -> both(b, snapshot, "name", n));
    change.phone().ifPresent(p -> both(b, snapshot, "phone", p));
    if (change.start().isPresent() || change.minutes().isPresent()) {
      reschedule(b, snapshot, change);
    }
    change.status().ifPresent(s -> status(b, s, now));
    change.options().ifPresent(o -> both(b, snapshot, "bookingOptionJson", options(o)));
    return b;
  }

  /** The booking's id as a number, or -1. */
  public static long idOf(Map<String, Object> booking) {
    return booking.get("bookingId") instanceof Number n ? n.longValue() : -1;
  }

  private static void reschedule(
      Map<String, Object> b, Map<String, Object> snapshot, BookingChange change) {
    Instant oldStart = parse(snapshot.get("startDateTime"));
    Instant oldEnd = parse(snapshot.get("endDateTime"));
    Instant start = change.start().map(OffsetDateTime::toInstant).orElse(oldStart);
    Duration length =
        change
            .minutes()
            .map(m -> Duration.ofMinutes(m))
            .orElse(
                oldStart != null && oldEnd != null
                    ? Duration.between(oldStart, oldEnd)
                    : Duration.ofMinutes(DEFAULT_MINUTES));
    Instant end = start.plus(length);
    snapshot.put("startDateTime", UTC_Z.format(start));
    snapshot.put("endDateTime", UTC_Z.format(end));
    b.put("startDate", ZonedDateTime.ofInstant(start, SEOUL).toLocalDate().toString());
    b.put("endDate", ZonedDateTime.ofInstant(end, SEOUL).toLocalDate().toString());
    String item = length.toMinutes() + "분 이용/4인 기준";
    both(b, snapshot, "bizItemName", item);
  }

  private static void status(Map<String, Object> b, String status, Instant now) {
    b.put("bookingStatusCode", status);
    boolean completed = status.equals("RC08");
    boolean cancelled = status.equals("RC04");
    b.put("isCompleted", completed);
    b.put("completedCount", completed ? 1 : 0);
    b.put("cancelledCount", cancelled ? 1 : 0);
    if (cancelled) {
      b.put("cancelledDateTime", KST_OFFSET.format(now));
    } else {
      b.remove("cancelledDateTime");
    }
  }

  private static List<Map<String, Object>> options(List<BookingChange.Option> options) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      BookingChange.Option o = options.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("optionId", 30_000_100 + i);
      m.put("name", o.name());
      m.put("price", o.price());
      m.put("bookingCount", o.count());
      m.put("sumPrice", o.price() * o.count());
      m.put("categoryTypeCode", "CUSTOM");
      m.put("isFree", o.price() == 0);
      m.put("originalName", o.name());
      list.add(m);
    }
    return list;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> snapshotOf(Map<String, Object> b) {
    return b.get("snapshotJson") instanceof Map<?, ?> s
        ? new LinkedHashMap<>((Map<String, Object>) s)
        : new LinkedHashMap<>();
  }

  private static void both(
      Map<String, Object> b, Map<String, Object> snapshot, String field, Object value) {
    b.put(field, value);
    snapshot.put(field, value);
  }

  private static Instant parse(Object text) {
    return text == null ? null : OffsetDateTime.parse(text.toString()).toInstant();
  }

  private static Object businessId(String storeId) {
    try {
      return Long.parseLong(storeId);
    } catch (NumberFormatException e) {
      return storeId;
    }
  }
}
