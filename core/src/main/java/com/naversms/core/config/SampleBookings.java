package com.naversms.core.config;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Booking.BookingOption;
import com.naversms.core.booking.Store;
import com.naversms.core.template.TemplateContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sample bookings that every template is rendered against at load time and by {@code config check}:
 * a worst case (longest realistic values, ten long options, every optional part present, all EUC-KR
 * encodable) that bounds a message's size, and a minimal one (no options, no coupon, no e-mail)
 * that exercises the other branch of simple conditionals. The owner's console previews templates on
 * {@link #typical}.
 */
public final class SampleBookings {
  /** The instant every sample is rendered at. */
  public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 12, 10);

  static final int WORST_NAME_CHARS = 20;
  static final int WORST_OPTIONS = 10;
  static final int WORST_OPTION_CHARS = 50;

  private SampleBookings() {}

  static Booking worstCase(String storeId) {
    List<BookingOption> options = new ArrayList<>();
    options.add(new BookingOption(TemplateContext.PRO_EDIT_OPTION, 99, 500000, "CUSTOM"));
    options.add(new BookingOption(TemplateContext.EDIT_ADD_PERSON_OPTION, 99, 500000, "CUSTOM"));
    options.add(new BookingOption("네이버 인스타 원본 리뷰 이벤트 " + filler(30), 99, 9999999, "CUSTOM"));
    while (options.size() < WORST_OPTIONS) {
      options.add(new BookingOption(filler(WORST_OPTION_CHARS), 99, 9999999, "REQUIRED"));
    }
    Instant start = Instant.parse("2026-11-27T05:00:00Z");
    return new Booking(
        9999999999L,
        storeId,
        filler(WORST_NAME_CHARS),
        "01000009999",
        "RC03",
        start,
        start.plusSeconds(7200),
        options,
        List.of(new Booking.FormAnswer(filler(40), filler(40))),
        List.of(new Booking.Coupon(filler(30), "GIFT")),
        new Booking.Prices(99999999, 9999999, 99999999),
        "a".repeat(54) + "@example.com",
        OffsetDateTime.parse("2026-11-20T11:18:43+09:00"),
        OffsetDateTime.parse("2026-11-20T11:19:21+09:00"),
        Map.of("bizItemName", filler(40)));
  }

  /** An ordinary booking, for showing a message's usual size (and the console's preview). */
  public static Booking typical(String storeId) {
    Instant start = Instant.parse("2026-11-27T05:00:00Z");
    return new Booking(
        9100000001L,
        storeId,
        "김예시",
        "01000001234",
        "RC03",
        start,
        start.plusSeconds(6600),
        List.of(
            new BookingOption("110분/1~4인 촬영", 1, 35000, "REQUIRED"),
            new BookingOption("네이버 포토리뷰 무료 인화", 1, 0, "CUSTOM")),
        List.of(),
        List.of(new Booking.Coupon("평일 1시간 추가", "GIFT")),
        new Booking.Prices(35000, 0, 35000),
        "customer@example.com",
        OffsetDateTime.parse("2026-11-20T11:18:43+09:00"),
        OffsetDateTime.parse("2026-11-20T11:19:21+09:00"),
        Map.of("bizItemName", "110분 이용"));
  }

  static Booking minimal(String storeId) {
    Instant start = Instant.parse("2026-11-27T05:00:00Z");
    return new Booking(
        1L,
        storeId,
        "김가",
        "01000000000",
        "RC08",
        start,
        null,
        List.of(),
        List.of(),
        List.of(),
        new Booking.Prices(0, 0, 0),
        null,
        null,
        null,
        Map.of());
  }

  static Store sampleStore(String id) {
    return new Store(id, "예시스튜디오 " + filler(10) + "점", filler(10) + "점", null, id);
  }

  /** Hangul text of {@code n} syllables, all in EUC-KR (2 bytes each). */
  static String filler(int n) {
    String syllables = "가나다라마바사아자차카타파하";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(syllables.charAt(i % syllables.length()));
    }
    return sb.toString();
  }
}
