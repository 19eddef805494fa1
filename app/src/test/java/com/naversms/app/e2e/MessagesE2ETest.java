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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 3 from outside: {@code naver-sms messages list|show|resolve|resend} against the
 * simulator and the real SQLite state: an uncertain message resolved as not delivered is sent
 * exactly once by the next cycle; two resends in a row send twice and are both recorded; after a
 * day of messages, {@code messages list --phone 0005} shows every message the customer got, with
 * the carrier's result. No output line holds a full phone but {@code messages show}'s.
 */
class MessagesE2ETest {
  private static final Duration T = Duration.ofMinutes(3);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORE = "1000001";

  @Test
  void uncertainResolvedNotDelivered_isSentExactlyOnceByTheNextCycle(@TempDir Path work)
      throws Exception {
    String phone = "01000000501";
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Map<String, String> env = env(sim);
      control.addBooking(STORE, "한예시", phone, slotAhead());
      // SENS takes the request, then the connection drops: the cycle cannot know
      control.fault(Map.of("route", "sens.send", "drop", true, "after_handling", true, "times", 1));
      Product.run(env, work, T, "run", "--init-state").assertExit(1).assertNoFullPhone();
      int before = control.sensAcceptedTo(phone).size();
      Product.run(env, work, T, "run").assertNoFullPhone();
      assertThat(control.sensAcceptedTo(phone)).as("never re-sent by itself").hasSize(before);

      JsonNode uncertain = list(env, work, "--phone", "0501", "--state", "uncertain");
      assertThat(uncertain).hasSize(1);
      String key = uncertain.get(0).path("key").asText();
      assertThat(key).endsWith("/0501/1");

      Result resolved =
          Product.run(
                  env,
                  work,
                  T,
                  "messages",
                  "resolve",
                  key,
                  "--not-delivered",
                  "--note",
                  "고객 확인: 미수신",
                  "--by",
                  "operator1")
              .assertExit(0)
              .assertNoFullPhone();
      assertThat(resolved.stdout()).contains("resolved_not_delivered", "the next cycle sends it");
      // resolving it again is refused: it is no longer uncertain
      Product.run(env, work, T, "messages", "resolve", key, "--delivered").assertExit(2);

      Product.run(env, work, T, "run").assertExit(0).assertNoFullPhone();
      Product.run(env, work, T, "run").assertExit(0).assertNoFullPhone();
      assertThat(control.sensAcceptedTo(phone)).as("sent exactly once more").hasSize(before + 1);

      Result show =
          Product.runShowingFullValues(env, work, T, "messages", "show", key).assertExit(0);
      assertThat(show.stdout())
          .contains("010-0000-0501", "예약이 확정되었습니다")
          .contains("uncertain", "resolved not delivered by operator1: 고객 확인: 미수신", "accepted");
    }
  }

  @Test
  void resendTwiceInARow_sendsTwice_andRecordsBoth_andTheKillSwitchHolds(@TempDir Path work)
      throws Exception {
    String phone = "01000000502";
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Map<String, String> env = env(sim);
      control.addBooking(STORE, "두예시", phone, slotAhead());
      Product.run(env, work, T, "run", "--init-state").assertExit(0);
      int sent = control.sensAcceptedTo(phone).size();
      String key = keyOf(list(env, work, "--phone", phone), "confirm_sms");

      for (int i = 1; i <= 2; i++) {
        Result r =
            Product.run(env, work, T, "messages", "resend", key, "--note", "lost " + i)
                .assertExit(0)
                .assertNoFullPhone();
        assertThat(r.stdout())
            .contains("sent again as " + key.substring(0, key.length() - 1) + (i + 1));
      }
      assertThat(control.sensAcceptedTo(phone)).hasSize(sent + 2);
      assertThat(control.sensAcceptedTo(phone).getLast().path("content").asText())
          .isEqualTo(control.sensAcceptedTo(phone).getFirst().path("content").asText());
      JsonNode confirmations = list(env, work, "--booking", key.split("/")[0]);
      assertThat(confirmations.findValuesAsText("key"))
          .contains(
              key,
              key.substring(0, key.length() - 1) + "2",
              key.substring(0, key.length() - 1) + "3");

      // the same run with SENS delivery off: the kill switch holds, nothing goes
      Map<String, String> off = new java.util.HashMap<>(env);
      off.put("SENS_DELIVERY_ENABLED", "false");
      Product.run(off, work, T, "messages", "resend", key).assertExit(1).assertNoFullPhone();
      assertThat(control.sensAcceptedTo(phone)).hasSize(sent + 2);
    }
  }

  @Test
  void aDayOfMessages_listByTheLastFourDigits_showsEveryMessageWithItsCarrierResult(
      @TempDir Path work) throws Exception {
    String phone = "01000000005";
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Map<String, String> env = env(sim);
      control.addBooking(STORE, "세예시", phone, slotAhead());
      control.addBooking("1000002", "세예시", phone, slotAhead().plusHours(2));
      control.addBooking(STORE, "네예시", "01000000006", slotAhead());
      Product.run(env, work, T, "run", "--init-state").assertExit(0);
      Product.run(env, work, T, "run").assertExit(0); // asks SENS for the carrier's results

      Result table =
          Product.run(env, work, T, "messages", "list", "--phone", "0005")
              .assertExit(0)
              .assertNoFullPhone();
      int got = control.sensAcceptedTo(phone).size();
      assertThat(got).isGreaterThanOrEqualTo(3);
      List<String> rows = table.stdout().lines().filter(l -> l.contains("010-****-0005")).toList();
      assertThat(rows).hasSize(got).allSatisfy(l -> assertThat(l).contains("delivered"));
      assertThat(table.stdout()).doesNotContain("0006", "예약이 확정되었습니다");

      JsonNode json = list(env, work, "--phone", "0005");
      assertThat(json).hasSize(got);
      List<String> created = new ArrayList<>();
      json.forEach(e -> created.add(e.path("created_at").asText()));
      assertThat(created).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(json.findValuesAsText("phone_masked")).containsOnly("010-****-0005");
    }
  }

  private static Map<String, String> env(SimulatorProcess sim) {
    return sim.env(Map.of("NAVER_SMS_CONFIG_DIR", Repo.config().toString()));
  }

  private static JsonNode list(Map<String, String> env, Path work, String... filters)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("messages", "list", "--format", "json"));
    args.addAll(List.of(filters));
    Result r =
        Product.run(env, work, T, args.toArray(String[]::new)).assertExit(0).assertNoFullPhone();
    return JSON.readTree(r.stdout());
  }

  private static String keyOf(JsonNode entries, String message) {
    for (JsonNode e : entries) {
      if (e.path("message").asText().equals(message)) {
        return e.path("key").asText();
      }
    }
    throw new AssertionError("no " + message + " in " + entries);
  }

  /** Far enough ahead for the confirmation and the two-hour guide both to be due. */
  private static OffsetDateTime slotAhead() {
    return OffsetDateTime.now(ZoneOffset.ofHours(9))
        .plusMinutes(90)
        .truncatedTo(ChronoUnit.MINUTES);
  }
}
