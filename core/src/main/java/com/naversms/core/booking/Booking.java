package com.naversms.core.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One Naver booking as the partner API's list endpoint returns it, reduced to what rules and
 * templates use. {@code raw} keeps the raw values read as Naver gave them (the phone texts, the
 * item name: the Naver adapter keeps only those), as plain maps.
 *
 * @param storeId the Naver business id, as a string ("1051707")
 * @param phone digits only ("01000001234")
 * @param statusCode the raw Naver code, e.g. {@code RC03} (confirmed) or {@code RC08} (completed)
 * @param start slot start ({@code snapshotJson.startDateTime}, which Naver gives in UTC)
 */
public record Booking(
    long bookingId,
    String storeId,
    String name,
    String phone,
    String statusCode,
    Instant start,
    Instant end,
    List<BookingOption> options,
    List<FormAnswer> formAnswers,
    List<Coupon> coupons,
    Prices prices,
    String email,
    OffsetDateTime registeredAt,
    OffsetDateTime confirmedAt,
    Map<String, Object> raw) {

  /** Everything is decided in Korean time (docs/design.md 6.1). */
  public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  public Booking {
    options = List.copyOf(options);
    formAnswers = List.copyOf(formAnswers);
    coupons = List.copyOf(coupons);
    raw = raw == null ? Map.of() : raw;
  }

  /** The legacy {@code sms} table partition key: {@code "{storeId}_{bookingId}"}. */
  public String bookingNum() {
    return storeId + "_" + bookingId;
  }

  /**
   * The phone as the refactor showed it ({@code booking.phone} in templates), e.g. {@code
   * 010-0000-1234}. Not the record key: see {@code state.RecordKeys}.
   */
  public String phoneHyphenated() {
    return Phone.hyphenated(phone);
  }

  public LocalDateTime startLocal() {
    return LocalDateTime.ofInstant(start, SEOUL);
  }

  public LocalDateTime endLocal() {
    return end == null ? null : LocalDateTime.ofInstant(end, SEOUL);
  }

  /** The booked product's name (Naver's {@code bizItemName}), empty when Naver gave none. */
  public String bizItemName() {
    Object item = raw.get("bizItemName");
    return item == null ? "" : item.toString();
  }

  /** One option line the customer picked. {@code count} is Naver's {@code bookingCount}. */
  public record BookingOption(String name, int count, long price, String category) {}

  /** One answer of the booking's custom form ({@code customFormInputJson}). */
  public record FormAnswer(String title, String value) {}

  public record Coupon(String name, String type) {}

  public record Prices(long price, long couponPrice, long totalPrice) {}
}
