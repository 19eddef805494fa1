package com.naversms.adapters.dynamodb;

import com.naversms.core.state.Flags;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.WaitingForOption;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The legacy {@code sms} item shape (legacy-system.md 1.3) and its mapping to StoredRecord. */
final class SmsItem {
  static final String BOOKING_NUM = "booking_num";
  static final String PHONE = "phone";
  static final String NAME = "name";
  static final String BOOKING_TIME = "booking_time";
  static final String OPTION_TIME = "option_time";
  static final Set<String> LEGACY =
      Set.of(
          BOOKING_NUM,
          PHONE,
          NAME,
          BOOKING_TIME,
          Flags.CONFIRM,
          Flags.REMIND,
          Flags.OPTION,
          OPTION_TIME);

  private SmsItem() {}

  static Map<String, AttributeValue> key(RecordKey key) {
    return Map.of(
        BOOKING_NUM, AttributeValue.fromS(key.bookingNum()),
        PHONE, AttributeValue.fromS(key.phone()));
  }

  static RecordKey keyOf(Map<String, AttributeValue> item) {
    return new RecordKey(text(item, BOOKING_NUM), text(item, PHONE));
  }

  /**
   * Reads an item written by either system; missing flags read as false and a missing name (an item
   * a claim created) as "".
   */
  static StoredRecord toRecord(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> extra = new HashMap<>(item);
    extra.keySet().removeAll(LEGACY);
    LocalDateTime bookingTime = StoredRecord.parseBookingTime(text(item, BOOKING_TIME));
    if (bookingTime == null && item.containsKey(BOOKING_TIME)) {
      // unreadable: kept as read, so one odd item never fails a whole batch
      extra.put(BOOKING_TIME, item.get(BOOKING_TIME));
    }
    return new StoredRecord(
        keyOf(item),
        Objects.requireNonNullElse(text(item, NAME), ""),
        bookingTime,
        flag(item, Flags.CONFIRM),
        flag(item, Flags.REMIND),
        flag(item, Flags.OPTION),
        text(item, OPTION_TIME),
        PlainValues.toPlain(extra));
  }

  /**
   * The item our {@code create} writes: every legacy attribute with its legacy type, then extras.
   */
  static Map<String, AttributeValue> toItem(StoredRecord r) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    Map<String, Object> extra = new LinkedHashMap<>(r.extra());
    extra.keySet().removeAll(LEGACY);
    item.putAll(PlainValues.toAttributes(extra));
    item.putAll(key(r.key()));
    if (r.name() != null) {
      item.put(NAME, AttributeValue.fromS(r.name()));
    }
    if (r.bookingTime() != null) {
      item.put(
          BOOKING_TIME, AttributeValue.fromS(r.bookingTime().format(StoredRecord.BOOKING_TIME)));
    }
    item.put(Flags.CONFIRM, AttributeValue.fromBool(r.confirmSms()));
    item.put(Flags.REMIND, AttributeValue.fromBool(r.remindSms()));
    item.put(Flags.OPTION, AttributeValue.fromBool(r.optionSms()));
    item.put(OPTION_TIME, AttributeValue.fromS(r.optionTime()));
    return item;
  }

  /** An item projected to {@code booking_num} and {@code booking_time}. */
  static WaitingForOption toWaiting(Map<String, AttributeValue> item) {
    return new WaitingForOption(
        text(item, BOOKING_NUM), StoredRecord.parseBookingTime(text(item, BOOKING_TIME)));
  }

  private static boolean flag(Map<String, AttributeValue> item, String name) {
    AttributeValue v = item.get(name);
    return v != null && Boolean.TRUE.equals(v.bool());
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue v = item.get(name);
    return v == null ? null : v.s();
  }
}
