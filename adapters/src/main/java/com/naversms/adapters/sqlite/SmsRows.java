package com.naversms.adapters.sqlite;

import com.naversms.core.state.Flags;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Rows of {@code sms} (plus their {@code sms_delivery} rows) as StoredRecords and back. */
final class SmsRows {
  static final String COLUMNS =
      "booking_num, phone, name, booking_time, confirm_sms, remind_sms, option_sms, option_time,"
          + " extra";
  static final Set<String> LEGACY =
      Set.of(
          "booking_num",
          "phone",
          "name",
          "booking_time",
          Flags.CONFIRM,
          Flags.REMIND,
          Flags.OPTION,
          "option_time");

  private SmsRows() {}

  /** The record at the cursor, with its deliveries' attributes named as in DynamoDB. */
  static StoredRecord toRecord(Connection c, ResultSet rs) throws SQLException {
    return toRecord(
        c, rs, new RecordKey(rs.getString("booking_num"), rs.getString("phone")), new HashMap<>());
  }

  /**
   * As above, for a row read by its key: the record holds {@code key} itself (the row's key is
   * equal to it), and the booking time's instance in {@code times}, shared by the records of a
   * slot.
   */
  static StoredRecord toRecord(
      Connection c, ResultSet rs, RecordKey key, Map<LocalDateTime, LocalDateTime> times)
      throws SQLException {
    Map<String, Object> extra = ExtraJson.read(rs.getString("extra"));
    String bookingTimeText = rs.getString("booking_time");
    LocalDateTime parsed = StoredRecord.parseBookingTime(bookingTimeText);
    LocalDateTime bookingTime = parsed == null ? null : times.computeIfAbsent(parsed, t -> t);
    if (bookingTime == null && bookingTimeText != null) {
      extra.put("booking_time", bookingTimeText);
    }
    extra.putAll(deliveryAttributes(c, key));
    return new StoredRecord(
        key,
        Objects.requireNonNullElse(rs.getString("name"), ""),
        bookingTime,
        rs.getInt(Flags.CONFIRM) == 1,
        rs.getInt(Flags.REMIND) == 1,
        rs.getInt(Flags.OPTION) == 1,
        rs.getString("option_time"),
        extra);
  }

  /** {@code {flag}_claimed_at}, {@code _attempts}, ... exactly as the DynamoDB item holds them. */
  private static Map<String, Object> deliveryAttributes(Connection c, RecordKey key)
      throws SQLException {
    Map<String, Object> out = new LinkedHashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT flag, claimed_at, attempts, last_error, request_id, sent_at, rule, template"
                + " FROM sms_delivery WHERE booking_num = ? AND phone = ?")) {
      s.setString(1, key.bookingNum());
      s.setString(2, key.phone());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String flag = rs.getString("flag");
          putIfPresent(out, flag + "_claimed_at", nullableLong(rs, "claimed_at"));
          long attempts = rs.getLong("attempts");
          if (attempts > 0) {
            out.put(flag + "_attempts", attempts);
          }
          putIfPresent(out, flag + "_last_error", rs.getString("last_error"));
          putIfPresent(out, flag + "_request_id", rs.getString("request_id"));
          putIfPresent(out, flag + "_sent_at", nullableLong(rs, "sent_at"));
          putIfPresent(out, flag + "_rule", rs.getString("rule"));
          putIfPresent(out, flag + "_template", rs.getString("template"));
        }
      }
    }
    return out;
  }

  /** Binds a record for {@code INSERT INTO sms (COLUMNS)}: legacy columns, the rest as JSON. */
  static void bind(PreparedStatement s, StoredRecord r) throws SQLException {
    Map<String, Object> extra = new LinkedHashMap<>(r.extra());
    extra.keySet().removeAll(LEGACY);
    s.setString(1, r.key().bookingNum());
    s.setString(2, r.key().phone());
    s.setString(3, r.name());
    s.setString(
        4, r.bookingTime() == null ? null : r.bookingTime().format(StoredRecord.BOOKING_TIME));
    s.setInt(5, r.confirmSms() ? 1 : 0);
    s.setInt(6, r.remindSms() ? 1 : 0);
    s.setInt(7, r.optionSms() ? 1 : 0);
    s.setString(8, r.optionTime());
    s.setString(9, ExtraJson.write(extra));
  }

  /** The column of a legacy flag; custom flags live in {@code extra}. Never built from input. */
  static String flagColumn(String flag) {
    return switch (flag) {
      case Flags.CONFIRM -> "confirm_sms";
      case Flags.REMIND -> "remind_sms";
      case Flags.OPTION -> "option_sms";
      default -> null;
    };
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static void putIfPresent(Map<String, Object> out, String name, Object value) {
    if (value != null) {
      out.put(name, value);
    }
  }
}
