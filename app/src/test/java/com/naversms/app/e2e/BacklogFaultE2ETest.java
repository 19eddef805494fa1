package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 item 3 from outside: {@code naver-sms run} as a child process sends a backlog of
 * confirmations to the simulated SENS in batched requests, and a SENS fault hits one batch
 * (docs/state.md 11). One request slot ({@code SENS_REQUESTS_IN_FLIGHT=1}) and a first request held
 * for a second make the second request a batch of every message claimed meanwhile.
 */
class BacklogFaultE2ETest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String STORE = "1000001";
  private static final int BOOKINGS = 24;
  private static final Map<String, String> ONE_SLOT = Map.of("SENS_REQUESTS_IN_FLIGHT", "1");

  private static OffsetDateTime slotAhead() {
    return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusHours(5).truncatedTo(ChronoUnit.MINUTES);
  }

  private static List<String> addBacklog(SimControl control, int first) {
    List<String> phones = new ArrayList<>();
    for (int i = 0; i < BOOKINGS; i++) {
      String phone = String.format("0100000%04d", first + i);
      control.addBooking(STORE, "한예시", phone, slotAhead());
      phones.add(phone);
    }
    return phones;
  }

  private static Result run(SimulatorProcess sim, Path work, String... a) {
    Map<String, String> env = new HashMap<>(sim.env());
    env.putAll(ONE_SLOT);
    List<String> args = new ArrayList<>(List.of("run", "--config", Repo.config().toString()));
    args.addAll(List.of(a));
    return Product.run(env, work, RUN_TIMEOUT, args.toArray(String[]::new)).assertNoFullPhone();
  }

  /** The first request held a second, so the next one carries what queued behind it. */
  private static void holdTheFirstRequest(SimControl control) {
    control.fault(Map.of("route", "sens.send", "delay_ms", 1500, "nth", 1));
  }

  /** SENS's accepted messages by request id, in the order SENS took them. */
  private static Map<String, List<String>> numbersByRequest(SimControl control) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (JsonNode m : control.sensAccepted()) {
      out.computeIfAbsent(m.path("requestId").asText(), k -> new ArrayList<>())
          .add(m.path("to").asText());
    }
    return out;
  }

  @Test
  void anAnswerLostMidBacklog_leavesThatBatchUncertain_andNoMessageGoesTwice(@TempDir Path work)
      throws Exception {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      List<String> phones = addBacklog(control, 2001);
      holdTheFirstRequest(control);
      // SENS takes the second request (a batch) and its answer is lost
      control.fault(Map.of("route", "sens.send", "drop", true, "after_handling", true, "nth", 2));

      Result first = run(sim, work, "--init-state").assertExit(1);

      List<List<String>> requests = new ArrayList<>(numbersByRequest(control).values());
      List<String> lost = requests.get(1);
      assertThat(lost).as("the second request is a batch").hasSizeGreaterThan(1);
      assertThat(first.stdout()).contains(lost.size() + " uncertain");
      assertThat(control.sensAccepted()).hasSize(BOOKINGS);

      control.clearFaults();
      run(sim, work).assertExit(0);

      for (String phone : phones) {
        assertThat(control.sensAcceptedTo(phone)).as(phone).hasSize(1);
      }
      assertThat(control.sensAccepted()).hasSize(BOOKINGS);
      // the ledger holds exactly the lost batch as uncertain, for an operator to resolve
      Result list =
          Product.run(
                  sim.env(Map.of("NAVER_SMS_CONFIG_DIR", Repo.config().toString())),
                  work,
                  RUN_TIMEOUT,
                  "messages",
                  "list",
                  "--state",
                  "uncertain",
                  "--format",
                  "json")
              .assertExit(0)
              .assertNoFullPhone();
      JsonNode uncertain = JSON.readTree(list.stdout());
      assertThat(uncertain).hasSize(lost.size());
      List<String> lastFour = lost.stream().map(p -> p.substring(7)).toList();
      uncertain.forEach(
          e -> assertThat(lastFour).anyMatch(l -> e.path("phone_masked").asText().endsWith(l)));
    }
  }

  @Test
  void aBatchSensRefused_isSplitAndSent_everyMessageOnce(@TempDir Path work) {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      List<String> phones = addBacklog(control, 2101);
      holdTheFirstRequest(control);
      control.fault(Map.of("route", "sens.send", "status", 400, "nth", 2));

      run(sim, work, "--init-state").assertExit(0);

      for (String phone : phones) {
        assertThat(control.sensAcceptedTo(phone)).as(phone).hasSize(1);
      }
      // the refused batch went again as two halves
      assertThat(numbersByRequest(control)).hasSizeGreaterThanOrEqualTo(3);
    }
  }
}
