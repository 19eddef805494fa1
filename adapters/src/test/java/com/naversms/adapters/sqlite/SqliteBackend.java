package com.naversms.adapters.sqlite;

import com.naversms.adapters.statecontract.StateBackend;
import com.naversms.core.optout.OptOutStore;
import com.naversms.core.session.SessionStore;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StateStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A fresh SQLite file; raw access goes through a separate JDBC connection, as sqlite3 would. */
final class SqliteBackend implements StateBackend {
  private static final Set<String> BOOLEAN_COLUMNS =
      Set.of("confirm_sms", "remind_sms", "option_sms");
  private final Path file;

  SqliteBackend(Path file) {
    this.file = file;
  }

  @Override
  public StateStore store() {
    return SqliteStateStore.open(file);
  }

  @Override
  public StateStore anotherStore() {
    return SqliteStateStore.open(file);
  }

  @Override
  public SessionStore sessionStore() {
    return new SqliteSessionStore(SqliteDatabase.open(file));
  }

  @Override
  public OptOutStore optOutStore() {
    return new SqliteOptOutStore(SqliteDatabase.open(file));
  }

  @Override
  public void putLegacyItem(RecordKey key, Object bizId) {
    String biz = bizId instanceof Number ? bizId.toString() : "\"" + bizId + "\"";
    sql(
        "INSERT INTO sms (booking_num, phone, name, booking_time, confirm_sms, option_time, extra)"
            + " VALUES (?, ?, '김테스트', '2026-11-27 14:00:00', 1, '', ?)",
        key.bookingNum(),
        key.phone(),
        "{\"biz_id\": "
            + biz
            + ", \"status\": \"RC03\", \"option_keywords\":"
            + " [{\"name\": \"보정\", \"bookingCount\": 1, \"price\": 5000}]}");
  }

  @Override
  public List<String> phonesOf(String bookingNum) {
    List<String> phones = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement("SELECT phone FROM sms WHERE booking_num = ?")) {
      s.setString(1, bookingNum);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          phones.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    return phones;
  }

  @Override
  public Map<String, String> rawTypes(RecordKey key) {
    Map<String, String> types = new TreeMap<>();
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement("SELECT * FROM sms WHERE booking_num = ? AND phone = ?")) {
      s.setString(1, key.bookingNum());
      s.setString(2, key.phone());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          String column = rs.getMetaData().getColumnName(i);
          Object value = rs.getObject(i);
          if (value == null || column.equals("extra")) {
            continue;
          }
          types.put(column, BOOLEAN_COLUMNS.contains(column) ? booleanTag(value) : tag(value));
        }
      }
      try (PreparedStatement j =
          c.prepareStatement(
              "SELECT j.key, j.type FROM sms, json_each(sms.extra) j"
                  + " WHERE booking_num = ? AND phone = ?")) {
        j.setString(1, key.bookingNum());
        j.setString(2, key.phone());
        try (ResultSet rs = j.executeQuery()) {
          while (rs.next()) {
            types.put(rs.getString(1), jsonTag(rs.getString(2)));
          }
        }
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    return types;
  }

  private static String booleanTag(Object value) {
    return (value instanceof Integer i && (i == 0 || i == 1)) ? "BOOL" : "not a boolean: " + value;
  }

  private static String tag(Object value) {
    return value instanceof String
        ? "S"
        : value instanceof Number ? "N" : value.getClass().getName();
  }

  private static String jsonTag(String jsonType) {
    return switch (jsonType) {
      case "integer", "real" -> "N";
      case "text" -> "S";
      case "true", "false" -> "BOOL";
      case "array" -> "L";
      case "object" -> "M";
      default -> jsonType;
    };
  }

  private void sql(String sql, String... args) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setString(i + 1, args[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file);
  }
}
