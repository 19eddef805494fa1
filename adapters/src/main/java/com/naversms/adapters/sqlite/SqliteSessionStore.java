package com.naversms.adapters.sqlite;

import com.naversms.adapters.naver.CookieJson;
import com.naversms.core.ports.SessionStore;
import com.naversms.core.session.SessionCookies;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * The {@code session} table's twin: row {@code id = "1"}, {@code cookies} = the same JSON text the
 * DynamoDB item holds. Unreadable cookies count as no session.
 */
public final class SqliteSessionStore implements SessionStore {
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
    if (json == null) {
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
}
