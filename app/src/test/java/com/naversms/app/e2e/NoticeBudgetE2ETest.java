package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 12 from outside: {@code naver-sms run} against the simulator while the Telegram API
 * hangs. Customer sends do not wait on it, the run ends within its notice budget, and the lines
 * that could not be posted are logged and counted.
 */
class NoticeBudgetE2ETest {
  private static final String STORE = "1000001";
  private static final int BOOKINGS = 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aHangingTelegram_holdsUpNoSms_andItsNoticesAreLoggedAndCounted(@TempDir Path work) {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      String[] run = {"run", "--init-state", "--config", Repo.config().toString()};
      // a first run signs in and creates the state (and its new-state notice) before the fault
      Product.run(sim.env(), work, Duration.ofMinutes(3), run).assertExit(0);
      control.reset();

      OffsetDateTime tomorrow =
          OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(1).truncatedTo(ChronoUnit.HOURS);
      for (int i = 0; i < BOOKINGS; i++) {
        control.addBooking(STORE, "예시" + i, "0100000" + (3001 + i), tomorrow.plusMinutes(i));
      }
      // Telegram answers after a minute: far beyond the adapter's 5 s answer timeout
      control.fault(Map.of("route", "telegram.send", "delay_ms", 60_000));

      long started = System.nanoTime();
      Result result =
          Product.run(
              sim.env(Map.of("NOTICE_BUDGET_SECONDS", "10")), work, Duration.ofMinutes(3), run);
      long tookMs = (System.nanoTime() - started) / 1_000_000;

      System.out.println(
          "e2e[telegram hanging]: run-ms="
              + tookMs
              + " exit="
              + result.exit()
              + " sens-accepted="
              + control.sensAccepted().size());
      result.assertNoFullPhone();
      assertThat(control.sensAccepted()).as("every SMS is sent").hasSize(BOOKINGS);
      assertThat(tookMs)
          .as("sends, then at most the 10 s notice budget (the cycle deadline is 270 s)")
          .isLessThan(40_000);
      assertThat(result.exit()).as("failed notices are failed actions").isEqualTo(1);
      String logs = result.stderr();
      assertThat(
              jsonLines(logs).stream()
                  .filter(l -> l.path("action_type").asText().equals("send_telegram"))
                  .filter(l -> l.path("status").asText().equals("failure"))
                  .count())
          .as("every rule line and the summary that could not be posted is logged")
          .isGreaterThanOrEqualTo(BOOKINGS + 1);
      assertThat(notificationsFailed(logs)).isGreaterThanOrEqualTo(BOOKINGS + 1);
      assertThat(logs).contains("notices not posted");
      assertThat(control.slack())
          .as("a hanging Telegram does not hold up the Slack summary")
          .isNotEmpty();
    }
  }

  /** The sum of NotificationsFailed over the EMF documents. */
  private static int notificationsFailed(String logs) {
    return jsonLines(logs).stream().mapToInt(l -> l.path("NotificationsFailed").asInt(0)).sum();
  }

  private static List<JsonNode> jsonLines(String logs) {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : logs.lines().toList()) {
      if (line.startsWith("{")) {
        try {
          lines.add(JSON.readTree(line));
        } catch (JsonProcessingException e) {
          throw new AssertionError("a log line that is not JSON: " + line, e);
        }
      }
    }
    return lines;
  }
}
