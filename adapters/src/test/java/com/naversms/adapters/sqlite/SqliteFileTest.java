package com.naversms.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.adapters.statecontract.Records;
import com.naversms.core.state.ClaimOutcome.Claimed;
import com.naversms.core.state.ClaimOutcome.InFlight;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.StateStoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the SQLite file does: WAL, persistence, lock waits, separate processes. */
class SqliteFileTest {
  static final MessageOrigin ORIGIN = new MessageOrigin("New Booking Confirmation", "confirmation");
  private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
  private static final MessageKey CONFIRM = new MessageKey(Records.key(1), Flags.CONFIRM);
  @TempDir Path dir;

  @Test
  void theFileIsInWalMode_andKeepsRecordsAcrossOpens() throws Exception {
    Path file = dir.resolve("nested/state.db");
    try (SqliteDatabase db = SqliteDatabase.open(file)) {
      new SqliteStateStore(db).create(Records.record(1));
    }

    SqliteStateStore reopened = SqliteStateStore.open(file);

    assertThat(reopened.read(List.of(Records.key(1)))).containsKey(Records.key(1));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("wal");
    }
  }

  @Test
  void aClaimWaitsForAnotherWritersLock_insteadOfFailing() throws Exception {
    Path file = dir.resolve("state.db");
    SqliteStateStore store = SqliteStateStore.open(file);
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = other.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      s.execute(
          "INSERT INTO sms_delivery (booking_num, phone, flag, claimed_at)"
              + " VALUES ('"
              + CONFIRM.record().bookingNum()
              + "', '"
              + CONFIRM.record().phone()
              + "', 'confirm_sms', "
              + NOW.toEpochMilli()
              + ")");
      CompletableFuture<Object> claim =
          CompletableFuture.supplyAsync(() -> store.claim(CONFIRM, ORIGIN, 3, NOW.plusSeconds(9)));
      Thread.sleep(300);
      assertThat(claim).isNotDone();
      s.execute("COMMIT");

      assertThat(claim.get(10, TimeUnit.SECONDS)).isEqualTo(new InFlight(NOW));
    }
  }

  @Test
  void claimsFromTwoProcessesOnOneFile_eachMessageIsWonOnce() throws Exception {
    Path file = dir.resolve("shared.db");
    SqliteStateStore.open(file);
    int messages = 60;
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      processes.add(
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "--enable-native-access=ALL-UNNAMED",
                  "-cp",
                  System.getProperty("java.class.path"),
                  ClaimingProcess.class.getName(),
                  file.toString(),
                  String.valueOf(messages))
              .redirectErrorStream(true)
              .start());
    }
    List<String> wins = new ArrayList<>();
    for (Process p : processes) {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      out.lines().filter(l -> l.startsWith("won ")).forEach(wins::add);
    }

    assertThat(wins)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, messages).mapToObj(i -> "won " + i).toList());
    assertThat(SqliteStateStore.open(file).claim(CONFIRM, ORIGIN, 3, NOW))
        .isInstanceOf(InFlight.class);
  }

  @Test
  void aFileThatCannotBeOpened_isAStateStoreExceptionNamingIt() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");

    assertThatThrownBy(() -> SqliteStateStore.open(notADirectory.resolve("state.db")))
        .isInstanceOf(StateStoreException.class)
        .hasMessageContaining("plain-file");
  }

  @Test
  void aFreshClaimOnAFreshFile_isTheFirstAttempt() {
    assertThat(SqliteStateStore.open(dir.resolve("x.db")).claim(CONFIRM, ORIGIN, 3, NOW))
        .isEqualTo(new Claimed(1));
  }
}
