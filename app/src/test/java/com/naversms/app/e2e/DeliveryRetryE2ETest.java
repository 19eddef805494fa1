package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 items 1 and 2 from outside: {@code naver-sms run} as a child process against the
 * simulator (real SQLite, real HTTP), SENS failing or refusing the credentials, and what the
 * simulated SENS and Telegram saw over several runs.
 */
class DeliveryRetryE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String STORE = "1000001";
  private static final String SENS_SEND = "sens.send";

  /** A slot five hours ahead: only the confirmation is due, in every run of the test. */
  private static OffsetDateTime slotAhead() {
    return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusHours(5).truncatedTo(ChronoUnit.MINUTES);
  }

  private static Result run(
      SimulatorProcess sim, Path work, Map<String, String> extra, String... a) {
    Map<String, String> env = new HashMap<>(sim.env());
    env.putAll(extra);
    List<String> args = new ArrayList<>(List.of("run", "--config", Repo.config().toString()));
    args.addAll(List.of(a));
    return Product.run(env, work, RUN_TIMEOUT, args.toArray(String[]::new)).assertNoFullPhone();
  }

  private static List<String> telegramTexts(SimControl control) {
    return control.telegram().stream().map(m -> m.path("text").asText()).toList();
  }

  private static long confirmationLines(SimControl control, String last4) {
    return telegramTexts(control).stream()
        .filter(t -> t.contains("예약확정") && t.contains(last4))
        .count();
  }

  @Test
  void confirmationThatSensFailed_isSentByTheNextRun_exactlyOnce(@TempDir Path work) {
    String phone = "01000000151";
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      control.addBooking(STORE, "한예시", phone, slotAhead());
      control.fault(SENS_SEND, 503, 3); // the sender's three tries of the first send

      Result first = run(sim, work, Map.of(), "--init-state").assertExit(1);
      assertThat(first.stdout()).contains("1 failed");
      assertThat(control.sensAcceptedTo(phone)).isEmpty();
      assertThat(confirmationLines(control, "0151")).isZero();

      run(sim, work, Map.of()).assertExit(0);
      run(sim, work, Map.of()).assertExit(0);

      assertThat(control.sensAcceptedTo(phone))
          .singleElement()
          .satisfies(m -> assertThat(m.path("content").asText()).contains("예약이 확정되었습니다"));
      assertThat(confirmationLines(control, "0151")).isEqualTo(1);
    }
  }

  @Test
  void sensDownForFourRuns_withThreeAttempts_isReportedExhausted_inTheFourthAndFifthRun(
      @TempDir Path work) {
    String phone = "01000000152";
    Map<String, String> limit = Map.of("MAX_SEND_ATTEMPTS", "3", "RETRY_PAUSE_MS", "10");
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      control.addBooking(STORE, "한예시", phone, slotAhead());
      control.fault(SENS_SEND, 503, 10_000);

      run(sim, work, limit, "--init-state").assertExit(1);
      run(sim, work, limit).assertExit(1);
      Result third = run(sim, work, limit).assertExit(1);
      assertThat(third.stdout()).contains("1 failed");

      for (int n = 4; n <= 5; n++) {
        if (n == 5) {
          control.clearFaults(); // SENS is back: an exhausted message is still not sent again
        }
        int summaries = telegramTexts(control).size();
        Result r = run(sim, work, limit).assertExit(1);

        assertThat(r.stdout()).as("run %d", n).contains("1 exhausted").contains("EXHAUSTED");
        List<JsonNode> lines = jsonLines(r.stderr());
        assertThat(lines)
            .as("run %d log", n)
            .anySatisfy(l -> {
              assertThat(l.path("level").asText()).isEqualTo("ERROR");
              assertThat(l.path("error_type").asText()).isEqualTo("AttemptsExhausted");
              assertThat(l.path("flag").asText()).isEqualTo("confirm_sms");
              assertThat(l.path("phone_masked").asText()).isEqualTo("010-****-0152");
            });
        assertThat(lines)
            .as("run %d metric", n)
            .anySatisfy(l -> assertThat(l.path("SMSExhausted").asInt()).isEqualTo(1));
        assertThat(telegramTexts(control).subList(summaries, telegramTexts(control).size()))
            .as("run %d summary", n)
            .anySatisfy(t -> assertThat(t).contains("최종 실패 1건"));
      }
      assertThat(control.sensAcceptedTo(phone)).isEmpty();
      assertThat(confirmationLines(control, "0152")).isZero();
    }
  }

  @Test
  void sensRefusingTheCredentials_sendsNothing_alertsOnce_andUsesNoAttempt(@TempDir Path work) {
    // One attempt allowed: if the refused run used it, the healthy run could not send. Two lanes
    // and five bookings: at least three are stopped before their send, on either lane.
    Map<String, String> oneAttempt = Map.of("MAX_SEND_ATTEMPTS", "1", "SEND_CONCURRENCY", "2");
    List<String> phones =
        List.of("01000000161", "01000000162", "01000000163", "01000000164", "01000000165");
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      for (String phone : phones) {
        control.addBooking(STORE, "한예시", phone, slotAhead());
      }
      control.fault(SENS_SEND, 401, 10_000);

      Result refused = run(sim, work, oneAttempt, "--init-state").assertExit(1);

      assertThat(control.sensAccepted()).isEmpty();
      assertThat(telegramTexts(control))
          .filteredOn(t -> t.contains("SENS 인증 거부"))
          .singleElement()
          .satisfies(t -> assertThat(t).contains("401"));
      List<JsonNode> lines = jsonLines(refused.stderr());
      assertThat(lines)
          .filteredOn(l -> l.path("level").asText().equals("ERROR"))
          .filteredOn(l -> l.path("error_type").asText().equals("SensUnauthorized"))
          .singleElement()
          .satisfies(l -> assertThat(l.path("error_message").asText()).contains("401"));
      assertThat(lines)
          .anySatisfy(l -> assertThat(l.path("SensAuthFailures").asInt()).isEqualTo(1));
      assertThat(refused.stdout()).contains("SENS REFUSED THE CREDENTIALS");

      control.clearFaults();
      run(sim, work, oneAttempt).assertExit(0);
      run(sim, work, oneAttempt).assertExit(0);

      for (String phone : phones) {
        assertThat(control.sensAcceptedTo(phone)).as(phone).hasSize(1);
        assertThat(confirmationLines(control, phone.substring(7))).as(phone).isEqualTo(1);
      }
      assertThat(telegramTexts(control)).filteredOn(t -> t.contains("SENS 인증 거부")).hasSize(1);
    }
  }

  /** The JSON log lines and EMF documents among the product's stderr lines. */
  private static List<JsonNode> jsonLines(String stderr) {
    return new Result(0, "", stderr).jsonLines();
  }
}
