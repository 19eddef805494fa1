package com.naversms.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.core.state.StateStoreException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes asked for at once are committed together (issue 19 item 3), and each stays all or nothing
 * for its own caller: what it returns is its own, a failing write is rolled back alone.
 */
class SqliteGroupCommitTest {
  @TempDir Path dir;

  @Test
  void concurrentWrites_allCommitted_eachCallerGetsItsOwnResult() throws Exception {
    try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("state.db"));
        ExecutorService lanes = Executors.newFixedThreadPool(16)) {
      List<CompletableFuture<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int n = i;
        results.add(
            CompletableFuture.supplyAsync(
                () -> db.write("insert " + n, c -> insertDigest(c, "day-" + n) * 1000 + n), lanes));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(1000 + i);
      }
      assertThat(count(db)).isEqualTo(400);
    }
  }

  @Test
  void aFailingWrite_inTheSameTransaction_isRolledBackAlone_andItsCallerGetsTheError()
      throws Exception {
    try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("state.db"))) {
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch queued = new CountDownLatch(1);
      // holds the connection so the three writes below wait and are committed together
      CompletableFuture<Integer> first =
          CompletableFuture.supplyAsync(() ->
              db.write(
                  "hold",
                  c -> {
                    holding.countDown();
                    await(queued);
                    return insertDigest(c, "first");
                  }));
      holding.await(10, TimeUnit.SECONDS);
      CompletableFuture<Integer> before =
          CompletableFuture.supplyAsync(() -> db.write("before", c -> insertDigest(c, "before")));
      CompletableFuture<Integer> failing =
          CompletableFuture.supplyAsync(() ->
              db.write(
                  "failing",
                  c -> {
                    insertDigest(c, "failing");
                    insertDigest(c, "failing"); // primary key taken: the whole write fails
                    return 0;
                  }));
      CompletableFuture<Integer> after =
          CompletableFuture.supplyAsync(() -> db.write("after", c -> insertDigest(c, "after")));
      Thread.sleep(300); // the three are waiting for the connection
      queued.countDown();

      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      assertThatThrownBy(() -> failing.join())
          .hasCauseInstanceOf(StateStoreException.class)
          .hasMessageContaining("SQLite failing on");
      assertThat(days(db)).containsExactlyInAnyOrder("first", "before", "after");
    }
  }

  @Test
  void aRuntimeExceptionOfAWrite_reachesItsCaller_asItIs() {
    try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("state.db"))) {
      assertThatThrownBy(() ->
              db.write(
                  "throws",
                  c -> {
                    insertDigest(c, "gone");
                    throw new IllegalStateException("refused");
                  }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("refused");
      assertThat(days(db)).isEmpty();
    }
  }

  private static int insertDigest(java.sql.Connection c, String day) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO digest (day, sent_at) VALUES (?, 'now')")) {
      s.setString(1, day);
      return s.executeUpdate();
    }
  }

  private static int count(SqliteDatabase db) {
    return days(db).size();
  }

  private static List<String> days(SqliteDatabase db) {
    return db.read(
        "days",
        c -> {
          List<String> days = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement("SELECT day FROM digest");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              days.add(rs.getString(1));
            }
          }
          return days;
        });
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
