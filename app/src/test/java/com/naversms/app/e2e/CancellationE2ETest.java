package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 7, cancellations from outside (docs/rules.md, "Cancellations"; docs/operations.md
 * 2.1, a claim in flight): {@code naver-sms run} as a child against the simulator on the wall
 * clock, real SQLite, bookings cancelled ({@code RC04}) through the control API between runs.
 */
class CancellationE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final ZoneOffset KST = ZoneOffset.ofHours(9);
  private static final String STORE = "1000002";
  private static final String GUIDE = "이용 안내입니다";
  private static final String CONFIRMATION = "예약이 확정되었습니다";
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  @Test
  void cancelledBeforeTheGuide_getsNoGuide_andTheOperatorsOneLine_once(@TempDir Path work)
      throws Exception {
    String cancelled = "01000000711";
    String control = "01000000712";
    OffsetDateTime now = OffsetDateTime.now(KST).truncatedTo(ChronoUnit.MINUTES);
    OffsetDateTime first = now.plusHours(5); // only the confirmation is due
    // Both bookings are then moved into the guide's window, as if the cycles had walked on to
    // two hours before the slot: the one still confirmed gets its guide, the cancelled one not.
    OffsetDateTime guideDue = now.plusMinutes(110);
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl sc = sim.control();
      Map<String, String> env = env(sim, work, Map.of());
      long a = sc.addBooking(STORE, "한예시", cancelled, first);
      long b = sc.addBooking(STORE, "두예시", control, first);
      run(env, work, 0, "--init-state");
      assertThat(texts(sc, cancelled))
          .singleElement()
          .satisfies(t -> assertThat(t).contains(CONFIRMATION));

      sc.updateBooking(a, Map.of("start", guideDue.toString(), "status", "RC04"));
      sc.updateBooking(b, Map.of("start", guideDue.toString()));
      run(env, work, 0);
      run(env, work, 0);
      run(env, work, 0);

      assertThat(texts(sc, cancelled)).as("nothing after the confirmation").hasSize(1);
      assertThat(texts(sc, control)).filteredOn(t -> t.contains(GUIDE)).hasSize(1);
      assertThat(RescheduleE2ETest.telegramLines(sc, "예약취소"))
          .containsExactly("예약취소 홍대점 한예시 0711 " + dayTime(guideDue));
      SmsRow row = SmsRow.read(Path.of(env.get("SQLITE_PATH")), STORE + "_" + a);
      assertThat(row.extra().path("cancelled_at").isNumber()).as(row.toString()).isTrue();
    }
  }

  @Test
  void cancelledWithItsConfirmationInFlight_noDuplicate_andTheClaimStaysReportedUncertain(
      @TempDir Path work) throws Exception {
    String phone = "01000000721";
    OffsetDateTime slot =
        OffsetDateTime.now(KST).truncatedTo(ChronoUnit.MINUTES).plusHours(5); // confirmation due
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl sc = sim.control();
      // a claim is stale (an uncertain delivery) after one minute instead of fifteen
      Map<String, String> env = env(sim, work, Map.of("STALE_CLAIM_MINUTES", "1"));
      long id = sc.addBooking(STORE, "한예시", phone, slot);
      String bookingNum = STORE + "_" + id;
      Path db = Path.of(env.get("SQLITE_PATH"));
      // SENS takes the confirmation, then the connection drops: the product cannot know
      sc.fault(Map.of("route", "sens.send", "drop", true, "after_handling", true, "times", 1));

      Result first = run(env, work, 1, "--init-state");
      assertThat(first.stdout()).contains("UNCERTAIN");
      assertThat(texts(sc, phone)).hasSize(1);
      long claimedAt = SmsRow.read(db, bookingNum).claims().get("confirm_sms");

      sc.updateBooking(id, Map.of("status", "RC04"));
      Result cancelledRun = Product.run(env, work, RUN_TIMEOUT, "run").assertNoFullPhone();
      assertThat(RescheduleE2ETest.telegramLines(sc, "예약취소"))
          .as(cancelledRun.describe())
          .containsExactly(
              "예약취소 홍대점 한예시 0721 " + dayTime(slot) + " (발송 중이던 문자 확인 필요, 재발송 안 함: confirm_sms)");

      Thread.sleep(Math.max(0, claimedAt + 61_000 - System.currentTimeMillis()));
      Result later = run(env, work, 1);
      assertThat(later.stdout())
          .as("still reported once stale, never dropped")
          .containsPattern("UNCERTAIN " + bookingNum + " 010-\\*\\*\\*\\*-0721 confirm_sms");

      assertThat(texts(sc, phone)).as("never sent again").hasSize(1);
      assertThat(RescheduleE2ETest.telegramLines(sc, "예약취소")).hasSize(1);
      SmsRow row = SmsRow.read(db, bookingNum);
      assertThat(row.claims()).containsEntry("confirm_sms", claimedAt);
      assertThat(row.extra().path("cancelled_at").isNumber()).as(row.toString()).isTrue();
    }
  }

  private static Map<String, String> env(SimulatorProcess sim, Path work, Map<String, String> extra)
      throws Exception {
    Path config = ShippedConfig.withoutQuietHours(work.resolve("config"));
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put("NAVER_SMS_CONFIG_DIR", config.toString());
    return sim.env(env);
  }

  private static Result run(Map<String, String> env, Path work, int exit, String... more) {
    String[] args = new String[more.length + 1];
    args[0] = "run";
    System.arraycopy(more, 0, args, 1, more.length);
    return Product.run(env, work, RUN_TIMEOUT, args).assertExit(exit).assertNoFullPhone();
  }

  private static List<String> texts(SimControl control, String phone) {
    return control.sensAcceptedTo(phone).stream().map(m -> m.path("content").asText()).toList();
  }

  private static String dayTime(OffsetDateTime t) {
    return t.atZoneSameInstant(KST).toLocalDateTime().format(DAY_TIME);
  }
}
