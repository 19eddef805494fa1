package com.naversms.formats.snapshot;

import com.naversms.core.booking.Booking;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A booking as the partner API's list endpoint gives it, rebuilt from what the product read: the
 * typed fields plus the raw values the Naver adapter keeps ({@link Booking#raw}: the phone texts as
 * Naver wrote them, {@code bizItemName}). Reading the object back gives the same {@link Booking},
 * which is all {@code plan --bookings} needs to replay a cycle; legacy fields no rule reads are not
 * kept in memory (issue 19) and so are not exported.
 */
public final class PartnerJson {
  private PartnerJson() {}

  /** The partner-API object of one booking, as plain maps and lists. */
  public static Map<String, Object> object(Booking b) {
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("bookingId", b.bookingId());
    top.put("businessId", b.storeId());
    putIfPresent(top, "bookingStatusCode", b.statusCode());
    top.put("name", b.name());
    top.put("phone", b.raw().getOrDefault("phone", b.phoneHyphenated()));
    putIfPresent(top, "email", b.email());
    putIfPresent(top, "bizItemName", b.raw().get("bizItemName"));
    putIfPresent(top, "regDateTime", b.registeredAt() == null ? null : b.registeredAt().toString());
    putIfPresent(
        top, "confirmedDateTime", b.confirmedAt() == null ? null : b.confirmedAt().toString());
    top.put("price", b.prices().price());
    top.put("couponPrice", b.prices().couponPrice());
    top.put("totalPrice", b.prices().totalPrice());

    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("startDateTime", b.start().toString());
    putIfPresent(snapshot, "endDateTime", b.end() == null ? null : b.end().toString());
    if (b.raw().get("snapshotJson") instanceof Map<?, ?> kept && kept.get("phone") != null) {
      snapshot.put("phone", kept.get("phone"));
    }
    snapshot.put("bookingOptionJson", b.options().stream().map(PartnerJson::option).toList());
    snapshot.put(
        "customFormInputJson",
        b.formAnswers().stream().map(f -> Map.of("title", f.title(), "value", f.value())).toList());
    snapshot.put("couponJson", b.coupons().stream().map(PartnerJson::coupon).toList());
    top.put("snapshotJson", snapshot);
    return top;
  }

  /** The objects of {@code bookings}, in their order. */
  public static List<Map<String, Object>> objects(List<Booking> bookings) {
    return bookings.stream().map(PartnerJson::object).toList();
  }

  private static Map<String, Object> option(Booking.BookingOption o) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", o.name());
    out.put("bookingCount", o.count());
    out.put("price", o.price());
    putIfPresent(out, "categoryTypeCode", o.category());
    return out;
  }

  private static Map<String, Object> coupon(Booking.Coupon c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("couponName", c.name());
    putIfPresent(out, "couponType", c.type());
    return out;
  }

  private static void putIfPresent(Map<String, Object> m, String field, Object value) {
    if (value != null) {
      m.put(field, value);
    }
  }
}
