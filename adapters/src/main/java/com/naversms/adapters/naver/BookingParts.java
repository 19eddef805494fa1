package com.naversms.adapters.naver;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.core.booking.Booking.BookingOption;
import com.naversms.core.booking.Booking.Coupon;
import com.naversms.core.booking.Booking.FormAnswer;
import com.naversms.core.booking.Booking.Prices;
import java.util.ArrayList;
import java.util.List;

/** The optional parts of a booking: options, form answers, coupons and prices (lenient). */
final class BookingParts {
  private BookingParts() {}

  /**
   * {@code snapshotJson.bookingOptionJson}, else the top-level copy: an immutable list, shared with
   * every booking that picked the same options.
   */
  static List<BookingOption> options(JsonNode snapshot, JsonNode top, SharedValues values) {
    List<BookingOption> out = new ArrayList<>();
    for (JsonNode o : firstArray(snapshot, top, "bookingOptionJson")) {
      if (o.isTextual()) {
        out.add(new BookingOption(values.of(o.asText()), 1, 0, null));
      } else if (o.isObject()) {
        out.add(
            new BookingOption(
                values.of(JsonFields.text(o, null, "name").orElse("")),
                (int) JsonFields.longOr(o.get("bookingCount"), 1),
                JsonFields.longOr(o.get("price"), 0),
                values.of(JsonFields.text(o, null, "categoryTypeCode").orElse(null))));
      }
    }
    return values.of(List.copyOf(out));
  }

  static List<FormAnswer> formAnswers(JsonNode snapshot, JsonNode top, SharedValues values) {
    List<FormAnswer> out = new ArrayList<>();
    for (JsonNode f : firstArray(snapshot, top, "customFormInputJson")) {
      if (f.isObject()) {
        out.add(
            new FormAnswer(
                values.of(JsonFields.text(f, null, "title").orElse("")),
                JsonFields.text(f, null, "value").orElse("")));
      }
    }
    return values.of(List.copyOf(out));
  }

  /** {@code snapshotJson.couponJson}, else the top-level {@code bookingCoupons}. */
  static List<Coupon> coupons(JsonNode snapshot, JsonNode top, SharedValues values) {
    JsonNode list = snapshot.path("couponJson");
    if (!list.isArray()) {
      list = top.path("bookingCoupons");
    }
    List<Coupon> out = new ArrayList<>();
    for (JsonNode c : list) {
      if (c.isObject()) {
        out.add(
            new Coupon(
                values.of(JsonFields.text(c, null, "couponName").orElse("")),
                values.of(JsonFields.text(c, null, "couponType").orElse(null))));
      }
    }
    return values.of(List.copyOf(out));
  }

  /** Shared with every booking of the same prices. */
  static Prices prices(JsonNode top, JsonNode snapshot, SharedValues values) {
    long price = JsonFields.longOr(top.get("price"), JsonFields.longOr(snapshot.get("price"), 0));
    long coupon = JsonFields.longOr(top.get("couponPrice"), 0);
    long total = JsonFields.longOr(top.get("totalPrice"), price - coupon);
    return values.of(new Prices(price, coupon, total));
  }

  private static JsonNode firstArray(JsonNode snapshot, JsonNode top, String field) {
    JsonNode list = snapshot.path(field);
    return list.isArray() ? list : top.path(field);
  }
}
