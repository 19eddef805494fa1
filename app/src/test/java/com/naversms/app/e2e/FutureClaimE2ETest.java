package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 13 from outside: a claim another writer dated in the future (its clock runs ahead)
 * is reported as an uncertain delivery by the next {@code naver-sms run}, not hidden until the
 * clock catches up, and the message is not sent.
 */
class FutureClaimE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String STORE = "1000001";

  @Test
  void claimDatedHoursAhead_isReportedUncertain_andNotSent(@TempDir Path work) throws Exception {
    String phone = "01000000171";
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      List<String> run = List.of("run", "--config", Repo.config().toString());
      // an empty state file, as a first run leaves it
      Product.run(sim.env(), work, RUN_TIMEOUT, with(run, "--init-state")).assertExit(0);

      // inside the guide window: the confirmation (rule 2) and the guide (rule 3) are due
      OffsetDateTime slot =
          OffsetDateTime.now(ZoneOffset.ofHours(9)).plusMinutes(90).truncatedTo(ChronoUnit.MINUTES);
      long bookingId = control.addBooking(STORE, "한예시", phone, slot);
      String bookingNum = STORE + "_" + bookingId;
      long threeHoursAhead = System.currentTimeMillis() + Duration.ofHours(3).toMillis();
      writeRecordWithClaim(
          Path.of(sim.env().get("SQLITE_PATH")), bookingNum, slot, threeHoursAhead);

      Result r = Product.run(sim.env(), work, RUN_TIMEOUT, run.toArray(String[]::new));

      assertThat(r.stdout()).as(r.describe()).contains("UNCERTAIN");
      assertThat(r.stderr())
          .contains("\"error_type\":\"UncertainDelivery\"")
          .contains("\"phone_masked\":\"010-****-0171\"");
      assertThat(control.sensAcceptedTo(phone))
          .as("only the guide: the claimed confirmation is never sent")
          .singleElement()
          .satisfies(m -> assertThat(m.path("content").asText()).doesNotContain("예약이 확정되었습니다"));
      r.assertNoFullPhone();
    }
  }

  private static String[] with(List<String> args, String extra) {
    return java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of(extra))
        .toArray(String[]::new);
  }

  /** What another writer left: the booking's record, and its confirmation claimed "later". */
  private static void writeRecordWithClaim(
      Path db, String bookingNum, OffsetDateTime slot, long claimedAtMillis) throws SQLException {
    String phoneKey = "010-0000-0171";
    String bookingTime = slot.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO sms (booking_num, phone, name, booking_time) VALUES (?, ?, ?, ?)")) {
        s.setString(1, bookingNum);
        s.setString(2, phoneKey);
        s.setString(3, "한예시");
        s.setString(4, bookingTime);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO sms_delivery (booking_num, phone, flag, claimed_at, rule, template)"
                  + " VALUES (?, ?, 'confirm_sms', ?, 'Two-Hour Confirmation Sync', 'confirmation')")) {
        s.setString(1, bookingNum);
        s.setString(2, phoneKey);
        s.setLong(3, claimedAtMillis);
        s.executeUpdate();
      }
    }
  }
}
