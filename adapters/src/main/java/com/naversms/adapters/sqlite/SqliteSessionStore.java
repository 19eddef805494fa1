package com.naversms.adapters.sqlite;

import com.naversms.adapters.session.CookieJson;
import com.naversms.core.cycle.CycleJournal;
import com.naversms.core.cycle.DigestLedger;
import com.naversms.core.cycle.LastCycle;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code session} table's twin: row {@code id = "1"}, {@code cookies} = the same JSON text the
 * DynamoDB item holds, {@code last_login_attempt} = ISO-8601 instant of the last browser sign-in
 * attempt. Unreadable or empty cookies (a row that so far holds only the attempt) count as no
 * session. The table {@code digest} beside it holds one row per day whose operator digest went out;
 * the row {@code id = "last_cycle"} holds how the last live cycle ended ({@link LastCycle#encode}
 * in {@code cookies}).
 */
public final class SqliteSessionStore implements SessionStore, DigestLedger, CycleJournal {
  private final SqliteDatabase db;

  public SqliteSessionStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Optional<SessionCookies> load() {
    String json =
        db.read(
            "load session",
            c -> {
              try (PreparedStatement s =
                      c.prepareStatement("SELECT cookies FROM session WHERE id = '1'");
                  ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
              }
            });
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(CookieJson.read(json));
    } catch (CookieJson.InvalidCookieJson unreadable) {
      return Optional.empty();
    }
  }

  @Override
  public void save(SessionCookies cookies) {
    String json = CookieJson.write(cookies);
    db.write(
        "save session",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO session (id, cookies) VALUES ('1', ?)"
                      + " ON CONFLICT (id) DO UPDATE SET cookies = excluded.cookies")) {
            s.setString(1, json);
            return s.executeUpdate();
          }
        });
  }

  @Override
  public void clear() {
    db.write(
        "clear session",
        c -> {
          try (PreparedStatement s = c.prepareStatement("DELETE FROM session WHERE id = '1'")) {
            return s.executeUpdate();
          }
        });
  }

  @Override
  public Optional<Instant> lastSignInAttempt() {
    String at =
        db.read(
            "read last sign-in attempt",
            c -> {
              if (!SqliteDatabase.hasColumn(c, "session", "last_login_attempt")) {
                return null; // a file opened read-only before the column was added
              }
              try (PreparedStatement s =
                      c.prepareStatement("SELECT last_login_attempt FROM session WHERE id = '1'");
                  ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
              }
            });
    if (at == null || at.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(at));
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }

  @Override
  public void recordSignInAttempt(Instant at) {
    db.write(
        "record sign-in attempt",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO session (id, cookies, last_login_attempt) VALUES ('1', '', ?)"
                      + " ON CONFLICT (id) DO UPDATE SET last_login_attempt ="
                      + " excluded.last_login_attempt")) {
            s.setString(1, at.toString());
            return s.executeUpdate();
          }
        });
  }

  @Override
  public boolean claim(LocalDate day, Instant at) {
    return db.write(
        "record daily digest",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO digest (day, sent_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, day.toString());
            s.setString(2, at.toString());
            return s.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void record(LastCycle cycle) {
    db.write(
        "record last cycle",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO session (id, cookies) VALUES ('last_cycle', ?)"
                      + " ON CONFLICT (id) DO UPDATE SET cookies = excluded.cookies")) {
            s.setString(1, cycle.encode());
            return s.executeUpdate();
          }
        });
  }

  @Override
  public Optional<LastCycle> last() {
    return LastCycle.decode(
        db.read(
            "read last cycle",
            c -> {
              try (PreparedStatement s =
                      c.prepareStatement("SELECT cookies FROM session WHERE id = 'last_cycle'");
                  ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
              }
            }));
  }
}
