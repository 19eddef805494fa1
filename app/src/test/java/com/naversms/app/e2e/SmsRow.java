package com.naversms.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One booking's row of the SQLite {@code sms} table as a run left it (docs/state.md section 4),
 * with its open claims from {@code sms_delivery}.
 *
 * @param extra the row's {@code extra} JSON ({@code remind_sms_slot}, {@code cancelled_at}, ...)
 * @param claims flag → {@code claimed_at} (epoch ms) of every claim still held
 */
record SmsRow(String bookingTime, JsonNode extra, Map<String, Long> claims) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The row of {@code bookingNum} in the state file {@code db}; fails when there is none. */
  static SmsRow read(Path db, String bookingNum) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      String bookingTime;
      JsonNode extra;
      try (PreparedStatement s =
          c.prepareStatement("SELECT booking_time, extra FROM sms WHERE booking_num = ?")) {
        s.setString(1, bookingNum);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            throw new AssertionError("no sms row for " + bookingNum + " in " + db);
          }
          bookingTime = rs.getString(1);
          extra = JSON.readTree(rs.getString(2));
        }
      }
      Map<String, Long> claims = new HashMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT flag, claimed_at FROM sms_delivery"
                  + " WHERE booking_num = ? AND claimed_at IS NOT NULL")) {
        s.setString(1, bookingNum);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            claims.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
      return new SmsRow(bookingTime, extra, claims);
    } catch (SQLException e) {
      throw new AssertionError("cannot read " + db + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
