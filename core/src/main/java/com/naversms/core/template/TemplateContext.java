package com.naversms.core.template;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the variables a template sees. The same builder serves planning and {@code config check},
 * which renders every template against sample bookings so an unknown variable fails at load.
 * Variables (the legacy context, reference 3.6 and 3.11):
 *
 * <ul>
 *   <li>{@code booking}: name, phone (hyphenated), phone_digits, phone_masked, phone_last4,
 *       booking_num, book_id, biz_id, store_id, status, reserve_at ("YYYY-MM-DD HH:MM"),
 *       booking_time ("YYYY-MM-DD HH:MM:SS"), date, time, option (a review keyword matched),
 *       coupon_name, has_pro_edit_option, pro_edit_count, has_edit_add_person_option,
 *       edit_add_person_count, option_keywords (list of {name, bookingCount, price}), options (list
 *       of {name, count, price, category}), email, biz_item_name
 *   <li>{@code store}: id, name, alias
 *   <li>{@code now}: "YYYY-MM-DD HH:MM" (Korean time)
 *   <li>digests only: {@code bookings} (list of booking maps) and {@code count}
 * </ul>
 */
public final class TemplateContext {
  public static final String PRO_EDIT_OPTION = "전문가 보정";
  public static final String EDIT_ADD_PERSON_OPTION = "사진 보정 추가";

  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TemplateContext() {}

  /** Context for one booking's message. */
  public static Map<String, Object> forBooking(
      Booking booking, Store store, LocalDateTime now, List<String> optionKeywords) {
    Map<String, Object> ctx = new LinkedHashMap<>();
    ctx.put("booking", bookingVariables(booking, optionKeywords));
    ctx.put("store", storeVariables(store));
    ctx.put("now", now.format(MINUTE));
    return ctx;
  }

  /** Context for a per-cycle digest listing several bookings. */
  public static Map<String, Object> forDigest(
      List<Booking> bookings, Store store, LocalDateTime now, List<String> optionKeywords) {
    Map<String, Object> ctx = new LinkedHashMap<>();
    List<Map<String, Object>> list = new ArrayList<>();
    for (Booking b : bookings) {
      list.add(bookingVariables(b, optionKeywords));
    }
    ctx.put("bookings", list);
    ctx.put("count", list.size());
    ctx.put("store", storeVariables(store));
    ctx.put("now", now.format(MINUTE));
    return ctx;
  }

  public static Map<String, Object> storeVariables(Store store) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", store == null ? "" : store.id());
    s.put("name", store == null ? "" : store.name());
    s.put("alias", store == null ? "" : store.alias());
    return s;
  }

  /** The {@code booking} variables of one booking, each worked out when first read. */
  public static Map<String, Object> bookingVariables(Booking b, List<String> optionKeywords) {
    return new BookingVariables(b, optionKeywords);
  }

  /** True when some option name contains some keyword (substring, as the legacy matched). */
  public static boolean hasKeyword(Booking b, List<String> keywords) {
    for (Booking.BookingOption o : b.options()) {
      for (String k : keywords) {
        if (o.name() != null && o.name().contains(k)) {
          return true;
        }
      }
    }
    return false;
  }
}
