package com.naversms.core.template;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Phone;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code booking} variables of one booking (listed in {@link TemplateContext}), each worked out
 * when a template first reads it. A confirmation reads five or six of the twenty-four, and the
 * planner renders one for every new booking (issue 7), so building them all was most of the cost of
 * a render. A read-only map: iterating it works every variable out.
 */
final class BookingVariables extends AbstractMap<String, Object> {
  static final List<String> NAMES =
      List.of(
          "name",
          "phone",
          "phone_digits",
          "phone_masked",
          "phone_last4",
          "booking_num",
          "book_id",
          "biz_id",
          "store_id",
          "status",
          "reserve_at",
          "booking_time",
          "date",
          "time",
          "option",
          "coupon_name",
          "has_pro_edit_option",
          "pro_edit_count",
          "has_edit_add_person_option",
          "edit_add_person_count",
          "option_keywords",
          "options",
          "email",
          "biz_item_name");
  private static final Map<String, Integer> INDEX = indexOf(NAMES);
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Booking b;
  private final List<String> optionKeywords;
  private final Object[] values = new Object[NAMES.size()];

  BookingVariables(Booking b, List<String> optionKeywords) {
    this.b = b;
    this.optionKeywords = optionKeywords;
  }

  @Override
  public boolean containsKey(Object key) {
    return INDEX.containsKey(key);
  }

  @Override
  public Object get(Object key) {
    Integer i = INDEX.get(key);
    if (i == null) {
      return null;
    }
    if (values[i] == null) {
      values[i] = compute(NAMES.get(i));
    }
    return values[i];
  }

  @Override
  public int size() {
    return NAMES.size();
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        Iterator<String> names = NAMES.iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return names.hasNext();
          }

          @Override
          public Entry<String, Object> next() {
            String name = names.next();
            return new SimpleImmutableEntry<>(name, get(name));
          }
        };
      }

      @Override
      public int size() {
        return NAMES.size();
      }
    };
  }

  private Object compute(String name) {
    return switch (name) {
      case "name" -> nullToEmpty(b.name());
      case "phone" -> b.phoneHyphenated();
      case "phone_digits" -> Phone.digits(b.phone());
      case "phone_masked" -> Phone.masked(b.phone());
      case "phone_last4" -> Phone.last4(b.phone());
      case "booking_num" -> b.bookingNum();
      case "book_id" -> b.bookingId();
      case "biz_id", "store_id" -> b.storeId();
      case "status" -> nullToEmpty(b.statusCode());
      case "reserve_at" -> b.startLocal().format(TemplateContext.MINUTE);
      case "booking_time" -> b.startLocal().format(SECOND);
      case "date" -> ((String) get("reserve_at")).substring(0, "yyyy-MM-dd".length());
      case "time" -> ((String) get("reserve_at")).substring("yyyy-MM-dd ".length());
      case "option" -> TemplateContext.hasKeyword(b, optionKeywords);
      case "coupon_name" -> b.coupons().isEmpty() ? "" : nullToEmpty(b.coupons().get(0).name());
      case "has_pro_edit_option" -> countOf(TemplateContext.PRO_EDIT_OPTION) > 0;
      case "pro_edit_count" -> countOf(TemplateContext.PRO_EDIT_OPTION);
      case "has_edit_add_person_option" -> countOf(TemplateContext.EDIT_ADD_PERSON_OPTION) > 0;
      case "edit_add_person_count" -> countOf(TemplateContext.EDIT_ADD_PERSON_OPTION);
      case "option_keywords" -> optionList(false);
      case "options" -> optionList(true);
      case "email" -> nullToEmpty(b.email());
      case "biz_item_name" -> b.bizItemName();
      default -> throw new IllegalStateException("no booking variable " + name);
    };
  }

  /** {name, bookingCount, price} per option, or {name, count, price, category} with details. */
  private List<Map<String, Object>> optionList(boolean details) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Booking.BookingOption o : b.options()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", o.name());
      m.put(details ? "count" : "bookingCount", o.count());
      m.put("price", o.price());
      if (details) {
        m.put("category", nullToEmpty(o.category()));
      }
      list.add(m);
    }
    return list;
  }

  private int countOf(String optionName) {
    int n = 0;
    for (Booking.BookingOption o : b.options()) {
      if (o.name() != null && o.name().contains(optionName)) {
        n += o.count();
      }
    }
    return n;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static Map<String, Integer> indexOf(List<String> names) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    return Map.copyOf(index);
  }
}
