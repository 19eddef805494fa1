package com.naversms.adapters.sqlite;

import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.DeliveryAttributes;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordUpdate;
import com.naversms.core.state.Slots;
import com.naversms.core.state.StateStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The claim protocol on SQLite. Each method is one {@code BEGIN IMMEDIATE} transaction, so the
 * check and the write cannot interleave with another writer, in this process or another one.
 */
final class SqliteMessageWrites {
  private static final int MAX_ERROR_LENGTH = 500;

  private final SqliteDatabase db;

  SqliteMessageWrites(SqliteDatabase db) {
    this.db = db;
  }

  ClaimOutcome claim(MessageKey key, MessageOrigin origin, int maxAttempts, Instant now) {
    return db.write(
        "claim",
        c -> {
          if (flagIsSet(c, key) && deliveredFor(c, key)) {
            return new ClaimOutcome.AlreadyDelivered();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT claimed_at, attempts FROM sms_delivery"
                      + " WHERE booking_num = ? AND phone = ? AND flag = ?")) {
            bindKey(s, key);
            try (ResultSet rs = s.executeQuery()) {
              if (rs.next()) {
                long claimedAt = rs.getLong(1);
                if (!rs.wasNull() && heldFor(c, key)) {
                  return new ClaimOutcome.InFlight(Instant.ofEpochMilli(claimedAt));
                }
                int attempts = rs.getInt(2);
                if (attempts >= maxAttempts) {
                  return new ClaimOutcome.Exhausted(attempts);
                }
              }
            }
          }
          ensureRecord(c, key);
          int attempts =
              upsertDelivery(
                  c,
                  key,
                  "claimed_at = excluded.claimed_at, rule = excluded.rule,"
                      + " template = excluded.template",
                  key.slot() == null ? "sms_delivery.claimed_at IS NULL" : "1",
                  now.toEpochMilli(),
                  0,
                  null,
                  null,
                  null,
                  origin);
          if (key.slot() != null) {
            putExtra(c, key, Map.of(attributes(key).claimSlot(), Slots.text(key.slot())), false);
          }
          return new ClaimOutcome.Claimed(attempts + 1);
        });
  }

  void markDelivered(MessageKey key, String requestId, Instant now) {
    db.write(
        "mark delivered",
        c -> {
          ensureRecord(c, key);
          writeFlag(c, key, true);
          stampSlot(c, key);
          return upsertDelivery(
              c,
              key,
              "claimed_at = NULL, request_id = excluded.request_id, sent_at = excluded.sent_at",
              "1",
              null,
              0,
              null,
              requestId,
              now.toEpochMilli(),
              null);
        });
  }

  int releaseFailed(MessageKey key, String error, Instant now) {
    String kept = truncate(error);
    return db.write(
        "release failed",
        c -> {
          ensureRecord(c, key);
          return upsertDelivery(
              c,
              key,
              "claimed_at = NULL, attempts = sms_delivery.attempts + 1,"
                  + " last_error = excluded.last_error",
              "1",
              null,
              1,
              kept,
              null,
              null,
              null);
        });
  }

  void releaseUncounted(MessageKey key, String reason) {
    String kept = truncate(reason);
    db.write(
        "release uncounted",
        c -> {
          ensureRecord(c, key);
          return upsertDelivery(
              c,
              key,
              "claimed_at = NULL, last_error = excluded.last_error",
              "1",
              null,
              0,
              kept,
              null,
              null,
              null);
        });
  }

  private static String truncate(String error) {
    String e = error == null ? "" : error;
    return e.length() <= MAX_ERROR_LENGTH ? e : e.substring(0, MAX_ERROR_LENGTH);
  }

  void setFlag(MessageKey key, boolean value) {
    db.write(
        "set flag",
        c -> {
          ensureRecord(c, key);
          writeFlag(c, key, value);
          if (value) {
            stampSlot(c, key);
          }
          return null;
        });
  }

  /**
   * Inserts the message's delivery row, or applies {@code onConflict} to the existing one when
   * {@code when} holds.
   *
   * @return the row's attempts after the write
   */
  private static int upsertDelivery(
      Connection c,
      MessageKey key,
      String onConflict,
      String when,
      Long claimedAt,
      int attempts,
      String lastError,
      String requestId,
      Long sentAt,
      MessageOrigin origin)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO sms_delivery (booking_num, phone, flag, claimed_at, attempts, last_error,"
                + " request_id, sent_at, rule, template) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (booking_num, phone, flag) DO UPDATE SET "
                + onConflict
                + " WHERE "
                + when
                + " RETURNING attempts")) {
      bindKey(s, key);
      s.setObject(4, claimedAt);
      s.setInt(5, attempts);
      s.setString(6, lastError);
      s.setString(7, requestId);
      s.setObject(8, sentAt);
      s.setString(9, origin == null ? null : origin.rule());
      s.setString(10, origin == null ? null : origin.template());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new StateStoreException(
              "SQLite delivery row of " + describe(key) + " changed under a write lock");
        }
        return rs.getInt(1);
      }
    }
  }

  static boolean flagIsSet(Connection c, MessageKey key) throws SQLException {
    String column = SmsRows.flagColumn(key.flag());
    String select = column == null ? "extra" : column;
    try (PreparedStatement s =
        c.prepareStatement("SELECT " + select + " FROM sms WHERE booking_num = ? AND phone = ?")) {
      s.setString(1, key.record().bookingNum());
      s.setString(2, key.record().phone());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        return column == null
            ? Boolean.TRUE.equals(ExtraJson.read(rs.getString(1)).get(key.flag()))
            : rs.getInt(1) == 1;
      }
    }
  }

  private static void writeFlag(Connection c, MessageKey key, boolean value) throws SQLException {
    String column = SmsRows.flagColumn(key.flag());
    if (column != null) {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE sms SET " + column + " = ? WHERE booking_num = ? AND phone = ?")) {
        s.setInt(1, value ? 1 : 0);
        s.setString(2, key.record().bookingNum());
        s.setString(3, key.record().phone());
        s.executeUpdate();
      }
      return;
    }
    Map<String, Object> extra;
    try (PreparedStatement s =
        c.prepareStatement("SELECT extra FROM sms WHERE booking_num = ? AND phone = ?")) {
      s.setString(1, key.record().bookingNum());
      s.setString(2, key.record().phone());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        extra = ExtraJson.read(rs.getString(1));
      }
    }
    extra.put(key.flag(), value);
    try (PreparedStatement s =
        c.prepareStatement("UPDATE sms SET extra = ? WHERE booking_num = ? AND phone = ?")) {
      s.setString(1, ExtraJson.write(extra));
      s.setString(2, key.record().bookingNum());
      s.setString(3, key.record().phone());
      s.executeUpdate();
    }
  }

  /** A reschedule or cancellation (docs/state.md section 10); nothing when there is no row. */
  void updateRecord(RecordKey record, RecordUpdate change) {
    db.write(
        "update record",
        c -> {
          MessageKey key = new MessageKey(record, "");
          if (extraOf(c, key) == null) {
            return null;
          }
          if (change.bookingTime() != null) {
            try (PreparedStatement s =
                c.prepareStatement(
                    "UPDATE sms SET booking_time = ? WHERE booking_num = ? AND phone = ?")) {
              s.setString(1, Slots.text(change.bookingTime()));
              s.setString(2, record.bookingNum());
              s.setString(3, record.phone());
              s.executeUpdate();
            }
          }
          putExtra(c, key, change.setIfAbsent(), true);
          return null;
        });
  }

  private static DeliveryAttributes attributes(MessageKey key) {
    return new DeliveryAttributes(key.flag());
  }

  /** A slot-bound delivery stamps {@code {flag}_slot} with its slot. */
  private static void stampSlot(Connection c, MessageKey key) throws SQLException {
    if (key.slot() != null) {
      putExtra(c, key, Map.of(attributes(key).slot(), Slots.text(key.slot())), false);
    }
  }

  /** A set flag was delivered for the key's slot (always, for a key without one). */
  private static boolean deliveredFor(Connection c, MessageKey key) throws SQLException {
    if (key.slot() == null) {
      return true;
    }
    Map<String, Object> extra = extraOf(c, key);
    Object stamped = extra == null ? null : extra.get(attributes(key).slot());
    Optional<LocalDateTime> slot =
        stamped != null ? Slots.parse(stamped) : Slots.parse(bookingTimeOf(c, key));
    return slot.isEmpty() || slot.get().equals(Slots.of(key.slot()));
  }

  /** A claim holds the key's slot (always, for a key without one or a claim without one). */
  private static boolean heldFor(Connection c, MessageKey key) throws SQLException {
    if (key.slot() == null) {
      return true;
    }
    Map<String, Object> extra = extraOf(c, key);
    Object claimed = extra == null ? null : extra.get(attributes(key).claimSlot());
    return claimed == null || claimed.equals(Slots.text(key.slot()));
  }

  private static String bookingTimeOf(Connection c, MessageKey key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT booking_time FROM sms WHERE booking_num = ? AND phone = ?")) {
      s.setString(1, key.record().bookingNum());
      s.setString(2, key.record().phone());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The row's {@code extra} attributes; null when the row does not exist. */
  private static Map<String, Object> extraOf(Connection c, MessageKey key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT extra FROM sms WHERE booking_num = ? AND phone = ?")) {
      s.setString(1, key.record().bookingNum());
      s.setString(2, key.record().phone());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? ExtraJson.read(rs.getString(1)) : null;
      }
    }
  }

  /** Writes attributes into the row's {@code extra}; {@code ifAbsent} keeps those it holds. */
  private static void putExtra(
      Connection c, MessageKey key, Map<String, Object> values, boolean ifAbsent)
      throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    Map<String, Object> extra = extraOf(c, key);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (ifAbsent) {
        extra.putIfAbsent(e.getKey(), e.getValue());
      } else {
        extra.put(e.getKey(), e.getValue());
      }
    }
    try (PreparedStatement s =
        c.prepareStatement("UPDATE sms SET extra = ? WHERE booking_num = ? AND phone = ?")) {
      s.setString(1, ExtraJson.write(extra));
      s.setString(2, key.record().bookingNum());
      s.setString(3, key.record().phone());
      s.executeUpdate();
    }
  }

  /** Like DynamoDB's UpdateItem, a write on a message creates its record's row when missing. */
  private static void ensureRecord(Connection c, MessageKey key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO sms (booking_num, phone) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      s.setString(1, key.record().bookingNum());
      s.setString(2, key.record().phone());
      s.executeUpdate();
    }
  }

  private static void bindKey(PreparedStatement s, MessageKey key) throws SQLException {
    s.setString(1, key.record().bookingNum());
    s.setString(2, key.record().phone());
    s.setString(3, key.flag());
  }

  private static String describe(MessageKey key) {
    return key.record().bookingNum() + "/" + key.flag();
  }
}
