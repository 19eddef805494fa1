package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 5 from outside: a number put on our list with {@code naver-sms optout add} and a
 * number on the simulated SENS's unsubscribe list (080) never get the advertising message, another
 * number does, and all three get the informational confirmation; taken off the list, the number
 * gets it in the next cycle. Real {@code bin/naver-sms run} cycles against the simulator, on a real
 * SQLite state file, on the wall clock.
 *
 * <p>Advertising is never sent between 21:00 and 08:00 KST whatever the rules say: a run in those
 * hours checks that no advertising message goes at all and the confirmations still do.
 */
class OptOutCycleE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final ZoneOffset KST = ZoneOffset.ofHours(9);
  private static final String STORE = "1000001";
  private static final String OURS = "01000000801";
  private static final String SENS_LIST = "01000000802";
  private static final String OTHER = "01000000803";

  private static final String RULES =
      """
      rules:
        - name: "Record"
          conditions:
            - type: "booking_not_in_db"
          actions:
            - type: "create_db_record"
        - name: "Confirm"
          conditions:
            - type: "flag_not_set"
              params: {flag: "confirm_sms"}
          actions:
            - type: "send_sms"
              params: {template: "optout_confirm"}
            - type: "update_flag"
              params: {flag: "confirm_sms", value: true}
        - name: "Event"
          conditions:
            - type: "flag_not_set"
              params: {flag: "event_sms"}
          actions:
            - type: "send_sms"
              params: {template: "optout_event"}
            - type: "update_flag"
              params: {flag: "event_sms", value: true}
      """;

  private static final String TEMPLATES =
      """
        optout_confirm:
          content: "[확인] {{ booking.time }}"
        optout_event:
          advertising: true
          content: |
            (광고) {{ store.name }}
            [EVENT] 리뷰 이벤트
            무료수신거부 080-000-0000
      """;

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES)
  void optedOutNumbers_neverGetTheAdvertisement_butTheConfirmation(@TempDir Path work)
      throws Exception {
    Path config = ShippedConfig.withRules(work.resolve("config"), RULES, TEMPLATES);
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Map<String, String> env = sim.env(Map.of("NAVER_SMS_CONFIG_DIR", config.toString()));
      Product.run(env, work, RUN_TIMEOUT, "run", "--init-state").assertExit(0);
      Product.run(env, work, RUN_TIMEOUT, "optout", "add", "010-0000-0801", "--note", "전화 요청")
          .assertExit(0)
          .assertNoFullPhone();
      control.unsubscribe(SENS_LIST);
      OffsetDateTime start = OffsetDateTime.now(KST).truncatedTo(ChronoUnit.MINUTES).plusHours(3);
      for (String phone : List.of(OURS, SENS_LIST, OTHER)) {
        control.addBooking(STORE, "한예시", phone, start);
      }
      boolean adHours = advertisingHours();

      Product.run(env, work, RUN_TIMEOUT, "run").assertExit(0).assertNoFullPhone();
      Product.run(env, work, RUN_TIMEOUT, "run").assertExit(0).assertNoFullPhone();

      for (String phone : List.of(OURS, SENS_LIST, OTHER)) {
        assertThat(texts(control, phone, "COMM")).as(phone).containsExactly("[확인] " + hhmm(start));
      }
      assertThat(texts(control, OURS, "AD")).as("on our list").isEmpty();
      assertThat(texts(control, SENS_LIST, "AD")).as("on SENS's unsubscribe list").isEmpty();
      assertThat(texts(control, OTHER, "AD"))
          .as("advertising hours (08:00-21:00 KST): " + adHours)
          .hasSize(adHours ? 1 : 0);

      Result listed =
          Product.run(env, work, RUN_TIMEOUT, "optout", "list").assertExit(0).assertNoFullPhone();
      assertThat(listed.stdout()).contains("010-****-0801", "전화 요청", "1 number");

      // off the list: the next cycle plans the advertisement still due; SENS's list still holds
      Product.run(env, work, RUN_TIMEOUT, "optout", "remove", OURS).assertExit(0);
      boolean stillAdHours = advertisingHours();
      Product.run(env, work, RUN_TIMEOUT, "run").assertExit(0).assertNoFullPhone();
      assertThat(texts(control, OURS, "AD")).hasSize(stillAdHours ? 1 : 0);
      assertThat(texts(control, SENS_LIST, "AD")).isEmpty();
      assertThat(texts(control, OTHER, "AD")).hasSize(adHours || stillAdHours ? 1 : 0);
    }
  }

  /** 08:00 to 20:55 KST: a cycle started now is inside the advertising hours (5 min to spare). */
  private static boolean advertisingHours() {
    LocalTime now = LocalTime.now(KST);
    return !now.isBefore(LocalTime.of(8, 0)) && now.isBefore(LocalTime.of(20, 55));
  }

  private static List<String> texts(SimControl control, String phone, String contentType) {
    return control.sensAcceptedTo(phone).stream()
        .filter(m -> m.path("contentType").asText().equals(contentType))
        .map((JsonNode m) -> m.path("content").asText())
        .toList();
  }

  private static String hhmm(OffsetDateTime t) {
    return t.atZoneSameInstant(KST).toLocalTime().toString().substring(0, 5);
  }
}
