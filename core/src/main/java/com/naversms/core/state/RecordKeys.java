package com.naversms.core.state;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Phone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys a booking's {@code sms} item may have. Both Python systems keyed it by {@code
 * "{storeId}_{bookingId}"} and the phone, but formatted the phone differently (reference 1.4, 3.5):
 *
 * <ul>
 *   <li>legacy ({@code original_code}): cut 3-4-rest whatever the length: {@code 010-1234-5678},
 *       {@code 011-1234-5678}, ten digits {@code 011-1234-567};
 *   <li>refactor ({@code src/}): {@code 010} + 8 digits 3-4-4 (the same), ten digits 3-3-4 ({@code
 *       011-123-4567}), anything else bare digits ({@code 01112345678}).
 * </ul>
 *
 * A booking's record is looked up under every form (both read in one batch), the legacy form first;
 * the form that exists is the booking's key, so claims and flags go to that item and no second item
 * is made for the booking. A booking without a record gets the legacy form, which the legacy reads
 * for every number and the refactor for every {@code 010} number.
 */
public final class RecordKeys {
  private RecordKeys() {}

  /** The legacy form: digits cut 3-4-rest; fewer than 8 digits stay bare. */
  public static String legacyPhone(String phone) {
    String d = Phone.digits(phone);
    return d.length() < 8 ? d : d.substring(0, 3) + "-" + d.substring(3, 7) + "-" + d.substring(7);
  }

  /** The refactor's form: 3-4-4 for {@code 010} + 8 digits, 3-3-4 for ten digits, else digits. */
  public static String refactorPhone(String phone) {
    String d = Phone.digits(phone);
    if (d.length() == 11 && d.startsWith("010")) {
      return legacyPhone(d);
    }
    if (d.length() == 10) {
      return d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6);
    }
    return d;
  }

  /** Every form either system wrote for this number, the legacy form first, without repeats. */
  public static List<String> phoneForms(String phone) {
    String legacy = legacyPhone(phone);
    String refactor = refactorPhone(phone);
    return legacy.equals(refactor) ? List.of(legacy) : List.of(legacy, refactor);
  }

  /** The key a new item of this booking is written under (the legacy form). */
  public static RecordKey forNewItem(Booking b) {
    return new RecordKey(b.bookingNum(), legacyPhone(b.phone()));
  }

  /**
   * Every key the booking's item may have, the legacy form first: the forms of its number, then
   * those the Python systems made of the phone text as Naver gave it when that was not plain digits
   * ({@code +82 10-…}: the legacy cut the text itself 3-4-rest, the refactor its digits), so an
   * item they wrote is still found after the number is read strictly (issue 12.3).
   */
  public static List<RecordKey> candidates(Booking b) {
    Set<String> forms = new LinkedHashSet<>(phoneForms(b.phone()));
    String raw = rawPhone(b);
    if (raw != null && !raw.equals(b.phone())) {
      forms.add(legacySlice(raw));
      forms.add(refactorPhone(raw));
    }
    String bookingNum = b.bookingNum();
    List<RecordKey> keys = new ArrayList<>(forms.size());
    for (String form : forms) {
      keys.add(new RecordKey(bookingNum, form));
    }
    return keys;
  }

  /** The phone text as the partner API gave it (top level, else in the snapshot), if any. */
  private static String rawPhone(Booking b) {
    Object top = b.raw().get("phone");
    if (top instanceof String s && !s.isBlank()) {
      return s;
    }
    return b.raw().get("snapshotJson") instanceof Map<?, ?> snapshot
            && snapshot.get("phone") instanceof String s
            && !s.isBlank()
        ? s
        : null;
  }

  /** Python's {@code f"{p[0:3]}-{p[3:7]}-{p[7:]}"} on the text itself (reference 1.4). */
  private static String legacySlice(String p) {
    int n = p.length();
    return p.substring(0, Math.min(3, n))
        + "-"
        + p.substring(Math.min(3, n), Math.min(7, n))
        + "-"
        + p.substring(Math.min(7, n));
  }

  /** The candidates of every booking, each key once: what a cycle reads in one batch. */
  public static List<RecordKey> toRead(Collection<Booking> bookings) {
    Set<RecordKey> keys = new LinkedHashSet<>();
    bookings.forEach(b -> keys.addAll(candidates(b)));
    return List.copyOf(keys);
  }

  /**
   * The booking's key among the records read: the first candidate that has a record (the legacy
   * form when both exist), else the key a new item gets.
   */
  public static RecordKey of(Booking b, Map<RecordKey, StoredRecord> records) {
    // the legacy form is the first candidate: when it has the record, or there is no record at
    // all, the other forms need not be worked out (most bookings of a cycle; issue 19)
    RecordKey legacy = forNewItem(b);
    if (records.isEmpty() || records.containsKey(legacy)) {
      return legacy;
    }
    List<RecordKey> candidates = candidates(b);
    for (RecordKey key : candidates) {
      if (records.containsKey(key)) {
        return key;
      }
    }
    return candidates.get(0);
  }
}
