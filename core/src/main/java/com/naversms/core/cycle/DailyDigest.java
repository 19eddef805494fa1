package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.state.DeliveryAttributes;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.Unsettled;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The day's digest for the operators (docs/operations.md 2.7), counted from the records, since a
 * stateless cycle keeps nothing between runs: a message counts as sent on the Korean day of its
 * {@code {flag}_sent_at}, under the store of its {@code booking_num} and the template its claim
 * recorded ({@code {flag}_template}; the flag's name for records without one). Messages the Python
 * system sent carry no {@code _sent_at} and are not counted. Failures are the messages still
 * waiting for a retry; final failures and uncertain deliveries are the ones open now (whatever
 * their day), as the cycles report them.
 */
final class DailyDigest {
  private static final String SENT_AT = "_sent_at";

  private DailyDigest() {}

  static String text(
      LocalDate day,
      LocalTime at,
      List<StoredRecord> records,
      List<Unsettled> open,
      int maxAttempts,
      List<Store> stores,
      List<String> carrierLines) {
    Map<String, Map<String, Integer>> sent = sentByStoreAndTemplate(day, records);
    int total = sent.values().stream().flatMap(m -> m.values().stream()).mapToInt(i -> i).sum();
    Map<String, String> names =
        stores.stream().collect(Collectors.toMap(Store::id, Store::alias, (a, b) -> a));
    StringJoiner text = new StringJoiner("\n");
    text.add("📅 일일 요약 " + day + " (" + at + " KST 기준)");
    text.add("오늘 발송 " + total + "건");
    sent.forEach((store, byTemplate) -> {
      StringJoiner templates = new StringJoiner(", ");
      byTemplate.forEach((template, n) -> templates.add(template + " " + n));
      String name = names.getOrDefault(store, "");
      boolean named = !name.isBlank() && !name.equals(store);
      text.add("- " + (named ? name + " (" + store + ")" : store) + ": " + templates);
    });
    text.add("실패 후 재시도 대기 " + retrying(records, maxAttempts) + "건");
    List<Unsettled> exhausted =
        open.stream().filter(Unsettled.Exhausted.class::isInstance).toList();
    List<Unsettled> uncertain =
        open.stream().filter(Unsettled.StaleClaim.class::isInstance).toList();
    text.add("최종 실패 (미해결) " + exhausted.size() + "건" + list(exhausted));
    text.add("전달 불확실 (미해결) " + uncertain.size() + "건" + list(uncertain));
    carrierLines.forEach(text::add);
    return text.toString();
  }

  /** store id → template → messages whose {@code _sent_at} falls on {@code day} (KST). */
  static Map<String, Map<String, Integer>> sentByStoreAndTemplate(
      LocalDate day, List<StoredRecord> records) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (StoredRecord r : records) {
      r.extra()
          .forEach((attribute, value) -> {
            if (!attribute.endsWith(SENT_AT) || !(value instanceof Number millis)) {
              return;
            }
            LocalDate sentOn =
                Instant.ofEpochMilli(millis.longValue()).atZone(Booking.SEOUL).toLocalDate();
            if (!sentOn.equals(day)) {
              return;
            }
            String flag = attribute.substring(0, attribute.length() - SENT_AT.length());
            Object template = r.extra().get(new DeliveryAttributes(flag).template());
            String name = template instanceof String t && !t.isBlank() ? t : flag;
            out.computeIfAbsent(storeOf(r), s -> new TreeMap<>()).merge(name, 1, Integer::sum);
          });
    }
    return out;
  }

  /** Messages whose sends failed, fewer times than the maximum, not delivered since. */
  private static int retrying(List<StoredRecord> records, int maxAttempts) {
    int n = 0;
    for (StoredRecord r : records) {
      for (Map.Entry<String, Object> e : r.extra().entrySet()) {
        String suffix = "_attempts";
        if (e.getKey().endsWith(suffix) && e.getValue() instanceof Number attempts) {
          String flag = e.getKey().substring(0, e.getKey().length() - suffix.length());
          int a = attempts.intValue();
          if (a > 0 && a < maxAttempts && !r.flag(flag)) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static String storeOf(StoredRecord r) {
    String bookingNum = r.key().bookingNum();
    int cut = bookingNum.indexOf('_');
    return cut < 0 ? bookingNum : bookingNum.substring(0, cut);
  }

  /** Booking numbers and flags, no phone or name (the digest goes to Slack too). */
  private static String list(List<Unsettled> messages) {
    if (messages.isEmpty()) {
      return "";
    }
    Function<Unsettled, String> item = u -> u.key().record().bookingNum() + " " + u.key().flag();
    StringJoiner list = new StringJoiner(", ", " [", "]");
    messages.stream().limit(10).map(item).forEach(list::add);
    return list + (messages.size() > 10 ? " …" : "");
  }
}
