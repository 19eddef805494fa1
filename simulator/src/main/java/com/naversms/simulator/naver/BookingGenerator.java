package com.naversms.simulator.naver;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Deterministic made-up bookings in the partner API's shape. */
final class BookingGenerator {
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter UTC_Z =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
  private static final DateTimeFormatter KST_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
  private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
  private static final String[] GIVEN = {
    "민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지유", "시우", "채원", "주원", "윤서"
  };
  private static final String[] BRANCHES = {"강남점", "홍대점", "판교점", "수원점", "부천점", "일산점"};
  static final String PACKAGE = "110분/1~4인 촬영/4컷 무료 편집";

  private final Random random;
  private final LocalDate day;
  private int phoneSequence;

  BookingGenerator(long seed, LocalDate day) {
    this.random = new Random(seed);
    this.day = day;
  }

  List<Map<String, Object>> generate(List<String> storeIds, int perStore) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (int s = 0; s < storeIds.size(); s++) {
      List<LocalTime> starts = new ArrayList<>();
      for (int i = 0; i < perStore; i++) {
        starts.add(LocalTime.of(10, 0).plusMinutes(30L * random.nextInt(21))); // 10:00..20:00
      }
      starts.sort(null);
      for (int i = 0; i < perStore; i++) {
        boolean completed = i < perStore / 5;
        long bookingId = 9_100_000_000L + s * 100_000L + i + 1;
        all.add(booking(storeIds.get(s), s, bookingId, starts.get(i), completed));
      }
    }
    return all;
  }

  private Map<String, Object> booking(
      String storeId, int storeIndex, long bookingId, LocalTime start, boolean completed) {
    ZonedDateTime startAt = ZonedDateTime.of(day, start, SEOUL);
    int minutes = start.isAfter(LocalTime.of(19, 0)) ? 60 : 110;
    ZonedDateTime endAt = startAt.plusMinutes(minutes);
    String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    String phone = String.format("0100000%04d", ++phoneSequence % 10_000);
    String businessName = "예시스튜디오 " + BRANCHES[storeIndex % BRANCHES.length];
    List<Map<String, Object>> options = options();
    int price = 35_000 + options.stream().mapToInt(o -> (Integer) o.get("sumPrice")).sum();
    ZonedDateTime registered =
        startAt.minusDays(1 + random.nextInt(6)).withHour(9 + random.nextInt(12));

    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("bookingId", bookingId);
    snapshot.put("language", "ko");
    snapshot.put("businessId", businessId(storeId));
    snapshot.put("businessName", businessName);
    snapshot.put("bizItemId", 8_000_001 + storeIndex);
    snapshot.put("bizItemName", minutes + "분 이용/4인 기준");
    snapshot.put("bizItemSubType", "RESTAURANT_VISIT");
    snapshot.put("bookingTimeUnitCode", "RT00");
    snapshot.put("bookingConfirmCode", "CF01");
    snapshot.put("startDateTime", UTC_Z.format(startAt.withZoneSameInstant(ZoneId.of("UTC"))));
    snapshot.put("endDateTime", UTC_Z.format(endAt.withZoneSameInstant(ZoneId.of("UTC"))));
    snapshot.put("globalTimezone", "Asia/Seoul");
    snapshot.put("bookingCount", 1);
    snapshot.put("price", price);
    snapshot.put("name", name);
    snapshot.put("phone", phone);
    snapshot.put("email", "customer" + bookingId + "@example.com");
    snapshot.put("bookingOptionJson", options);
    snapshot.put("couponJson", random.nextInt(4) == 0 ? List.of(coupon(registered)) : List.of());
    snapshot.put("bookingPage", "https://booking.naver.com/my/bookings/" + bookingId);

    Map<String, Object> b = new LinkedHashMap<>();
    b.put("bookingId", bookingId);
    b.put("businessId", businessId(storeId));
    b.put("businessName", businessName);
    b.put("serviceName", businessName);
    b.put("bizItemId", 8_000_001 + storeIndex);
    b.put("bizItemType", "STANDARD");
    b.put("adminBookingStatusCode", "AB00");
    b.put("isNonmember", false);
    b.put("areaName", "네이버 플레이스 - 검색 목록");
    b.put("isNPayUsed", true);
    b.put("bookingStatusCode", completed ? "RC08" : "RC03");
    b.put("businessTypeId", 6);
    b.put("businessCategory", "DL13");
    b.put("bookingType", "STANDARD");
    b.put("userId", 5_000_000 + bookingId % 1_000_000);
    b.put("name", name);
    b.put("phone", phone);
    b.put("email", "customer" + bookingId + "@example.com");
    b.put("isBlacklist", false);
    b.put("startDate", day.toString());
    b.put("endDate", day.toString());
    b.put("bizItemName", minutes + "분 이용/4인 기준");
    b.put("bookingCount", 1);
    b.put("price", price);
    b.put("couponPrice", 0);
    b.put("totalPrice", price);
    b.put("refundPrice", 0);
    b.put("refundRate", 0);
    b.put("regDateTime", KST_OFFSET.format(registered));
    b.put("confirmedDateTime", KST_OFFSET.format(registered.plusMinutes(1)));
    b.put("bookingGuide", "예약이 확정되었습니다. 자세한 안내는 문자로 드립니다.");
    b.put("isCompleted", completed);
    b.put("completedCount", completed ? 1 : 0);
    b.put("cancelledCount", 0);
    b.put("userCancelledCount", 0);
    b.put("noShowCount", 0);
    b.put("snapshotJson", snapshot);
    b.put("bookingOptionJson", options);
    return b;
  }

  private List<Map<String, Object>> options() {
    List<Map<String, Object>> options = new ArrayList<>();
    options.add(option(0, PACKAGE, 35_000, 1, "REQUIRED"));
    if (random.nextInt(100) < 35) {
      options.add(option(1, "무료 인화지 (네이버 포토리뷰 약속 시)", 0, 1, "CUSTOM"));
    }
    if (random.nextInt(100) < 20) {
      options.add(option(2, "인스타 후기 이벤트 참여", 0, 1, "CUSTOM"));
    }
    if (random.nextInt(100) < 15) {
      options.add(option(3, "원본 파일 전체 제공", 0, 1, "CUSTOM"));
    }
    if (random.nextInt(100) < 15) {
      int count = 1 + random.nextInt(3);
      options.add(option(4, "전문가 보정", 10_000, count, "CUSTOM"));
    }
    if (random.nextInt(100) < 10) {
      options.add(option(5, "무선 리모컨", 3_000, 1, "CUSTOM"));
    }
    return options;
  }

  private static Map<String, Object> option(
      int n, String name, int price, int count, String category) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("optionId", 30_000_010 + n);
    o.put("name", name);
    o.put("price", price);
    o.put("bookingCount", count);
    o.put("sumPrice", price * count);
    o.put("categoryTypeCode", category);
    o.put("isFree", price == 0);
    o.put("originalName", name);
    return o;
  }

  private static Map<String, Object> coupon(ZonedDateTime issued) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("couponName", "평일 1시간 추가 쿠폰");
    c.put("couponType", "GIFT");
    c.put("couponUseType", "BOOKING");
    c.put("discountPrice", 0);
    c.put("startDateTime", KST_OFFSET.format(issued));
    c.put("endDateTime", KST_OFFSET.format(issued.plusYears(1)));
    return c;
  }

  private static Object businessId(String storeId) {
    try {
      return Long.parseLong(storeId);
    } catch (NumberFormatException e) {
      return storeId;
    }
  }
}
