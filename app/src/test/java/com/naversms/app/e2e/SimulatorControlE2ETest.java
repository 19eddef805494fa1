package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 14 from outside: the simulator as a child process, driven through its control API,
 * with {@code naver-sms run} pointed at it by the environment it printed (real Chromium sign-in,
 * real SQLite).
 */
class SimulatorControlE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String STORE = "1000001";
  private static final String PHONE = "01000000141";

  @Test
  void bookingAddedThroughControlApi_getsConfirmationAndGuide_once_signingInOnlyWhenExpired(
      @TempDir Path work) {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      assertThat(sim.env())
          .containsEntry("NAVER_BASE_URL", sim.baseUrl())
          .containsEntry("SENS_BASE_URL", sim.baseUrl())
          .containsEntry("TELEGRAM_BASE_URL", sim.baseUrl())
          .containsKeys("SQLITE_PATH", "NAVER_USERNAME", "SENS_SECRET_KEY", "TELEGRAM_CHAT_ID");
      SimControl control = sim.control();
      OffsetDateTime start =
          OffsetDateTime.now(ZoneOffset.ofHours(9)).plusMinutes(90).truncatedTo(ChronoUnit.MINUTES);
      long id = control.addBooking(STORE, "한예시", PHONE, start);

      JsonNode served = bookingIn(control.state(), id);
      assertThat(served.path("bookingStatusCode").asText()).isEqualTo("RC03");
      assertThat(served.path("phone").asText()).isEqualTo(PHONE);

      String[] run = {"run", "--config", config()};
      // SQLITE_PATH names a file that does not exist yet: the first run creates it
      Product.run(sim.env(), work, RUN_TIMEOUT, "run", "--init-state", "--config", config())
          .assertExit(0)
          .assertNoFullPhone();

      List<JsonNode> sms = control.sensAcceptedTo(PHONE);
      assertThat(sms)
          .extracting(m -> m.path("content").asText())
          .satisfiesExactlyInAnyOrder(
              text -> assertThat(text).contains("한예시 고객님", "예약이 확정되었습니다"),
              text -> assertThat(text).contains("한예시 고객님", "출입문 비밀번호: 0000*"));
      assertThat(control.telegram())
          .extracting(m -> m.path("text").asText())
          .anySatisfy(t -> assertThat(t).contains("예약확정", "강남점", "한예시", "0141"))
          .anySatisfy(t -> assertThat(t).contains("상세안내", "강남점", "한예시", "0141"));
      assertThat(control.logins()).isEqualTo(1);

      int accepted = control.sensAccepted().size();
      Product.run(sim.env(), work, RUN_TIMEOUT, run).assertExit(0).assertNoFullPhone();
      assertThat(control.sensAccepted()).hasSize(accepted);
      assertThat(control.logins()).isEqualTo(1);

      // the stored cookies no longer work: the next run signs in again, and still sends nothing
      control.expireSessions();
      Product.run(sim.env(), work, RUN_TIMEOUT, run).assertExit(0).assertNoFullPhone();
      assertThat(control.logins()).isEqualTo(2);
      assertThat(control.sensAccepted()).hasSize(accepted);
      OutputScan.assertNoFullPhone(sim.child());
    }
  }

  @Test
  void exportBlock_pastedIntoAShell_pointsRunAtTheSimulatorAndTheConfigItWasGiven(
      @TempDir Path work) throws java.io.IOException {
    try (SimulatorProcess sim =
        SimulatorProcess.start("--config", config(), "--bookings-per-store", "0")) {
      SimControl control = sim.control();
      assertThat(control.state().path("stores").toString())
          .isEqualTo("[\"1000001\",\"1000002\",\"1000003\"]");
      assertThat(sim.env()).containsEntry("NAVER_SMS_CONFIG_DIR", config());
      OffsetDateTime start =
          OffsetDateTime.now(ZoneOffset.ofHours(9)).plusMinutes(90).truncatedTo(ChronoUnit.MINUTES);
      control.addBooking("1000003", "문예시", "01000000142", start);
      Path out = work.resolve("simulator.out");
      java.nio.file.Files.writeString(out, sim.child().stdout());

      // the operator's way: every line after the first into the shell, then run (no --config)
      Product.shell(
              java.util.Map.of("SIM_OUT", out.toString()),
              work,
              RUN_TIMEOUT,
              "eval \"$(tail -n +2 \"$SIM_OUT\")\" && exec \"$NAVER_SMS\" run --init-state")
          .assertExit(0)
          .assertNoFullPhone();

      assertThat(control.sensAcceptedTo("01000000142"))
          .extracting(m -> m.path("content").asText())
          .anySatisfy(text -> assertThat(text).contains("문예시 고객님", "출입문 비밀번호: 2222*"))
          .hasSize(2);
      assertThat(control.logins()).isEqualTo(1);
    }
  }

  private static String config() {
    return Repo.config().toString();
  }

  private static JsonNode bookingIn(JsonNode state, long id) {
    for (JsonNode booking : state.path("bookings")) {
      if (booking.path("bookingId").asLong() == id) {
        return booking;
      }
    }
    throw new AssertionError("booking " + id + " not in the state: " + state);
  }
}
