package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 7, reschedules from outside (docs/rules.md, "Reschedules"): {@code naver-sms run}
 * as a child against the simulator on the wall clock, real SQLite, the booking moved through the
 * control API between runs. Store 1000002's guide names the slot ("예약 시간 HH:mm 정각에"), so what SENS
 * accepted shows which slot each guide was for.
 */
class RescheduleE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final ZoneOffset KST = ZoneOffset.ofHours(9);
  private static final String STORE = "1000002";
  private static final String GUIDE = "이용 안내입니다";
  private static final String CONFIRMATION = "예약이 확정되었습니다";
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
  private static final DateTimeFormatter STORED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Test
  void rescheduledAfterTheGuide_getsOneGuideForTheNewSlot_once_andTheRecordMoves(@TempDir Path work)
      throws Exception {
    String phone = "01000000701";
    OffsetDateTime now = OffsetDateTime.now(KST).truncatedTo(ChronoUnit.MINUTES);
    OffsetDateTime first = now.plusMinutes(110); // the guide (two hours before) is due now
    OffsetDateTime moved = now.plusMinutes(100); // still inside the guide's window
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Map<String, String> env = env(sim, work);
      long id = control.addBooking(STORE, "한예시", phone, first);

      run(env, work, "--init-state");
      assertThat(guides(control, phone))
          .singleElement()
          .satisfies(g -> assertThat(g).contains("예약 시간 " + hhmm(first)));

      control.updateBooking(id, Map.of("start", moved.toString()));
      run(env, work);
      run(env, work);
      run(env, work);

      assertThat(guides(control, phone))
          .as("the old slot's guide, then one for the new slot; never two for one slot")
          .hasSize(2)
          .last()
          .satisfies(g -> assertThat(g).contains("예약 시간 " + hhmm(moved)));
      assertThat(texts(control, phone)).filteredOn(t -> t.contains(CONFIRMATION)).hasSize(1);
      assertThat(telegramLines(control, "예약변경"))
          .containsExactly("예약변경 홍대점 한예시 0701 " + move(first, moved));
      SmsRow row = SmsRow.read(Path.of(env.get("SQLITE_PATH")), STORE + "_" + id);
      assertThat(row.bookingTime()).isEqualTo(stored(moved));
      assertThat(row.extra().path("remind_sms_slot").asText()).isEqualTo(stored(moved));
    }
  }

  @Test
  void rescheduledBeforeTheGuide_getsOneGuide_forTheNewTimeOnly(@TempDir Path work)
      throws Exception {
    String phone = "01000000702";
    OffsetDateTime now = OffsetDateTime.now(KST).truncatedTo(ChronoUnit.MINUTES);
    OffsetDateTime first = now.plusHours(5); // only the confirmation is due
    OffsetDateTime moved = now.plusMinutes(110); // moved into the guide's window
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Map<String, String> env = env(sim, work);
      long id = control.addBooking(STORE, "한예시", phone, first);

      run(env, work, "--init-state");
      assertThat(texts(control, phone))
          .singleElement()
          .satisfies(t -> assertThat(t).contains(CONFIRMATION));

      control.updateBooking(id, Map.of("start", moved.toString()));
      run(env, work);
      run(env, work);

      assertThat(guides(control, phone))
          .singleElement()
          .satisfies(g ->
              assertThat(g)
                  .contains("예약 시간 " + hhmm(moved))
                  .doesNotContain("예약 시간 " + hhmm(first)));
      assertThat(telegramLines(control, "예약변경"))
          .containsExactly("예약변경 홍대점 한예시 0702 " + move(first, moved));
      assertThat(SmsRow.read(Path.of(env.get("SQLITE_PATH")), STORE + "_" + id).bookingTime())
          .isEqualTo(stored(moved));
    }
  }

  private static Map<String, String> env(SimulatorProcess sim, Path work) throws Exception {
    Path config = ShippedConfig.withoutQuietHours(work.resolve("config"));
    return sim.env(Map.of("NAVER_SMS_CONFIG_DIR", config.toString()));
  }

  private static void run(Map<String, String> env, Path work, String... more) {
    String[] args = new String[more.length + 1];
    args[0] = "run";
    System.arraycopy(more, 0, args, 1, more.length);
    Product.run(env, work, RUN_TIMEOUT, args).assertExit(0).assertNoFullPhone();
  }

  private static List<String> texts(SimControl control, String phone) {
    return control.sensAcceptedTo(phone).stream().map(m -> m.path("content").asText()).toList();
  }

  private static List<String> guides(SimControl control, String phone) {
    return texts(control, phone).stream().filter(t -> t.contains(GUIDE)).toList();
  }

  static List<String> telegramLines(SimControl control, String prefix) {
    return control.telegram().stream()
        .map(m -> m.path("text").asText())
        .flatMap(t -> t.lines())
        .filter(l -> l.startsWith(prefix))
        .toList();
  }

  private static String hhmm(OffsetDateTime t) {
    return kst(t).format(HH_MM);
  }

  private static String stored(OffsetDateTime t) {
    return kst(t).format(STORED);
  }

  /** {@code 12-04 11:00→13:00}, the second date only when the day changes. */
  private static String move(OffsetDateTime from, OffsetDateTime to) {
    LocalDateTime a = kst(from);
    LocalDateTime b = kst(to);
    return a.format(DAY_TIME)
        + "→"
        + (a.toLocalDate().equals(b.toLocalDate()) ? b.format(HH_MM) : b.format(DAY_TIME));
  }

  private static LocalDateTime kst(OffsetDateTime t) {
    return t.atZoneSameInstant(KST).toLocalDateTime();
  }
}
