package com.naversms.adapters.sqlite;

import com.naversms.adapters.ledger.LedgerItem;
import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.ledger.MessageState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The message ledger as the table {@code sms_messages} of the state file (docs/state.md): one row
 * per entry, the entry as JSON in {@code item} ({@link LedgerItem}), the columns it is found by
 * beside it. A change is read and written in one {@code BEGIN IMMEDIATE} transaction.
 */
public final class SqliteLedger implements MessageLedger {
  private static final String COLUMNS = "item";
  private final SqliteDatabase db;
  private final Duration retention;

  public SqliteLedger(SqliteDatabase db, Duration retention) {
    this.db = db;
    this.retention = retention;
  }

  @Override
  public boolean record(LedgerKey key, Change change) {
    return db.write(
        "ledger write",
        c -> {
          Optional<LedgerEntry> next = LedgerEntry.after(read(c, key), key, change);
          if (next.isPresent()) {
            write(c, next.get());
          }
          return next.isPresent();
        });
  }

  @Override
  public Optional<LedgerEntry> get(LedgerKey key) {
    return db.read("ledger read", c -> read(c, key));
  }

  @Override
  public List<LedgerEntry> find(LedgerQuery query) {
    StringBuilder sql = new StringBuilder("SELECT item FROM sms_messages WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    query
        .bookingNum()
        .ifPresent(b -> {
          sql.append(" AND booking_num = ?");
          args.add(b);
        });
    query
        .phone()
        .ifPresent(p -> {
          sql.append(query.byLastDigits() ? " AND substr(phone, -4) = ?" : " AND phone = ?");
          args.add(p);
        });
    query
        .state()
        .ifPresent(s -> {
          sql.append(" AND state = ?");
          args.add(s.wireName());
        });
    sql.append(" ORDER BY created_at DESC");
    return db.read(
        "ledger query",
        c ->
            rows(c, sql.toString(), args).stream()
                .filter(query::matches)
                .sorted(NEWEST_FIRST)
                .toList());
  }

  @Override
  public List<LedgerEntry> awaitingCarrier(Instant from, Instant before, int limit) {
    return db.read(
        "ledger awaiting carrier",
        c ->
            rows(
                c,
                "SELECT item FROM sms_messages WHERE state = '"
                    + MessageState.ACCEPTED.wireName()
                    + "' AND accepted_at >= ? AND accepted_at < ? ORDER BY accepted_at LIMIT ?",
                List.of(from.toEpochMilli(), before.toEpochMilli(), (long) limit)));
  }

  @Override
  public int deleteExpired(Instant now) {
    return db.write(
        "ledger retention",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM sms_messages WHERE expires_at < ?")) {
            s.setLong(1, now.getEpochSecond());
            return s.executeUpdate();
          }
        });
  }

  private static Optional<LedgerEntry> read(Connection c, LedgerKey key) throws SQLException {
    List<LedgerEntry> found =
        rows(
            c,
            "SELECT " + COLUMNS + " FROM sms_messages WHERE booking_num = ? AND entry = ?",
            List.of(key.bookingNum(), key.entry()));
    return found.stream().findFirst();
  }

  private void write(Connection c, LedgerEntry e) throws SQLException {
    Map<String, Object> item = LedgerItem.toPlain(e, retention);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO sms_messages (booking_num, entry, phone, state, created_at, accepted_at,"
                + " expires_at, item) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (booking_num, entry) DO UPDATE SET phone = excluded.phone,"
                + " state = excluded.state, accepted_at = excluded.accepted_at,"
                + " expires_at = excluded.expires_at, item = excluded.item")) {
      s.setString(1, e.key().bookingNum());
      s.setString(2, e.key().entry());
      s.setString(3, e.message().phone());
      s.setString(4, e.state().wireName());
      s.setLong(5, e.createdAt().toEpochMilli());
      if (e.acceptedAt() == null) {
        s.setNull(6, java.sql.Types.INTEGER);
      } else {
        s.setLong(6, e.acceptedAt().toEpochMilli());
      }
      s.setLong(7, LedgerItem.expiresAt(e, retention));
      s.setString(8, ExtraJson.write(item));
      s.executeUpdate();
    }
  }

  private static List<LedgerEntry> rows(Connection c, String sql, List<?> args)
      throws SQLException {
    List<LedgerEntry> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(LedgerItem.fromPlain(ExtraJson.read(rs.getString(1))));
        }
      }
    }
    return out;
  }
}
