package com.naversms.adapters.sqlite;

import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.ClaimWindow;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordUpdate;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.Unsettled;
import com.naversms.core.state.WaitingForOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code sms} table's twin in one SQLite file, for runs without AWS (docs/state.md). Closing it
 * closes its {@link SqliteDatabase}, which a {@link SqliteSessionStore} may share.
 */
public final class SqliteStateStore implements StateStore, AutoCloseable {
  private final SqliteDatabase db;
  private final SqliteMessageWrites writes;

  public SqliteStateStore(SqliteDatabase db) {
    this.db = db;
    this.writes = new SqliteMessageWrites(db);
  }

  /** Opens the file (creating it and its tables when missing). */
  public static SqliteStateStore open(Path file) {
    return new SqliteStateStore(SqliteDatabase.open(file));
  }

  @Override
  public void close() {
    db.close();
  }

  @Override
  public Map<RecordKey, StoredRecord> read(Collection<RecordKey> keys) {
    return db.read(
        "read",
        c -> {
          Map<RecordKey, StoredRecord> out = new LinkedHashMap<>();
          // a key asked twice is asked again only when it had no record; a record keeps the key
          // asked (the row's equal), and records of one slot share its time: a cycle reads tens
          // of thousands (issue 19 item 4)
          Map<LocalDateTime, LocalDateTime> times = new HashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + SmsRows.COLUMNS + " FROM sms WHERE booking_num = ? AND phone = ?")) {
            for (RecordKey key : keys) {
              if (out.containsKey(key)) {
                continue;
              }
              s.setString(1, key.bookingNum());
              s.setString(2, key.phone());
              try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                  out.put(key, SmsRows.toRecord(c, rs, key, times));
                }
              }
            }
          }
          return out;
        });
  }

  @Override
  public List<StoredRecord> unnotifiedOptionRecords() {
    return rows(
        "option scan",
        "SELECT " + SmsRows.COLUMNS + " FROM sms WHERE option_sms = 0",
        SmsRows::toRecord);
  }

  /** Two columns, no delivery rows: the RC08 windows read nothing else of a waiting record. */
  @Override
  public List<WaitingForOption> waitingForOption() {
    return rows(
        "option scan",
        "SELECT booking_num, booking_time FROM sms WHERE option_sms = 0",
        (c, rs) ->
            new WaitingForOption(rs.getString(1), StoredRecord.parseBookingTime(rs.getString(2))));
  }

  @Override
  public List<StoredRecord> everyRecord() {
    return rows("every record", "SELECT " + SmsRows.COLUMNS + " FROM sms", SmsRows::toRecord);
  }

  /** One row of a query as a value; the connection reads more rows of other tables if needed. */
  private interface Row<T> {
    T read(Connection c, ResultSet rs) throws SQLException;
  }

  /** Every row {@code sql} (no parameters) selects, each read by {@code row}. */
  private <T> List<T> rows(String operation, String sql, Row<T> row) {
    return db.read(
        operation,
        c -> {
          List<T> out = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql);
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              out.add(row.read(c, rs));
            }
          }
          return out;
        });
  }

  @Override
  public boolean create(StoredRecord record) {
    return db.write(
        "create",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO sms ("
                      + SmsRows.COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            SmsRows.bind(s, record);
            return s.executeUpdate() == 1;
          }
        });
  }

  @Override
  public ClaimOutcome claim(MessageKey key, MessageOrigin origin, int maxAttempts, Instant now) {
    return writes.claim(key, origin, maxAttempts, now);
  }

  @Override
  public void markDelivered(MessageKey key, String requestId, Instant now) {
    writes.markDelivered(key, requestId, now);
  }

  @Override
  public int releaseFailed(MessageKey key, String error, Instant now) {
    return writes.releaseFailed(key, error, now);
  }

  @Override
  public void releaseUncounted(MessageKey key, String reason, Instant now) {
    writes.releaseUncounted(key, reason);
  }

  @Override
  public void updateRecord(RecordKey key, RecordUpdate update) {
    writes.updateRecord(key, update);
  }

  @Override
  public void setFlag(MessageKey key, boolean value, Instant now) {
    writes.setFlag(key, value);
  }

  /** Claims are few and indexed: read them all and judge each against the window here. */
  @Override
  public List<Unsettled> unsettled(ClaimWindow live, int maxAttempts) {
    return db.read(
        "unsettled messages",
        c -> {
          List<Unsettled> out = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT booking_num, phone, flag, claimed_at, rule, template FROM"
                          + " sms_delivery WHERE claimed_at IS NOT NULL");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              Instant since = Instant.ofEpochMilli(rs.getLong(4));
              if (live.isStale(since)) {
                out.add(new Unsettled.StaleClaim(keyAt(rs), since, originAt(rs, 5)));
              }
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT booking_num, phone, flag, attempts, last_error, rule, template FROM"
                      + " sms_delivery WHERE claimed_at IS NULL AND attempts >= ?")) {
            s.setInt(1, maxAttempts);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                MessageKey key = keyAt(rs);
                if (!SqliteMessageWrites.flagIsSet(c, key)) {
                  String error = rs.getString(5);
                  out.add(
                      new Unsettled.Exhausted(
                          key, rs.getInt(4), error == null ? "" : error, originAt(rs, 6)));
                }
              }
            }
          }
          return out;
        });
  }

  /** The rule and template in columns {@code column} and the next one (null before they were). */
  private static MessageOrigin originAt(ResultSet rs, int column) throws java.sql.SQLException {
    return new MessageOrigin(rs.getString(column), rs.getString(column + 1));
  }

  private static MessageKey keyAt(ResultSet rs) throws java.sql.SQLException {
    return new MessageKey(new RecordKey(rs.getString(1), rs.getString(2)), rs.getString(3));
  }
}
