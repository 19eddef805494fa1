package com.naversms.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.core.state.StateStoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state file written before the sign-in attempt was kept, and the read-only opening. */
class SqliteSessionUpgradeTest {
  @TempDir Path temp;

  @Test
  void anOlderFileGainsTheAttemptColumnAndKeepsItsCookies() throws Exception {
    Path file = temp.resolve("old.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE session (id TEXT PRIMARY KEY, cookies TEXT NOT NULL)");
      s.execute(
          "INSERT INTO session VALUES ('1', '[{\"name\":\"NID_AUT\",\"value\":\"v\","
              + "\"domain\":\".naver.com\",\"path\":\"/\"}]')");
    }

    try (SqliteDatabase db = SqliteDatabase.open(file)) {
      SqliteSessionStore sessions = new SqliteSessionStore(db);
      assertThat(sessions.load()).isPresent();
      assertThat(sessions.lastSignInAttempt()).isEmpty();
      sessions.recordSignInAttempt(Instant.parse("2026-12-03T09:00:00Z"));
      assertThat(sessions.lastSignInAttempt()).contains(Instant.parse("2026-12-03T09:00:00Z"));
      assertThat(sessions.load()).isPresent();
    }
  }

  @Test
  void readOnlyNeverCreatesAFileNorChangesOne() throws Exception {
    Path missing = temp.resolve("missing.db");
    assertThatThrownBy(() -> SqliteDatabase.openReadOnly(missing))
        .isInstanceOf(StateStoreException.class)
        .hasMessageContaining("does not exist");
    assertThat(missing).doesNotExist();

    Path file = temp.resolve("state.db");
    SqliteDatabase.open(file).close();
    byte[] before = Files.readAllBytes(file);
    try (SqliteDatabase db = SqliteDatabase.openReadOnly(file)) {
      assertThat(new SqliteSessionStore(db).load()).isEmpty();
      assertThatThrownBy(() -> new SqliteSessionStore(db).recordSignInAttempt(Instant.EPOCH))
          .isInstanceOf(StateStoreException.class);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }
}
