package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * SQLite state file, each cycle planning at 12:00 KST tomorrow ({@code SIMULATOR_PLAN_AT}), inside
 * the advertising hours whatever the wall clock says (the hours themselves:
 * AdvertisingHoursE2ETest).
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
      LocalDate day = PlanAt.tomorrow();
      Map<String, String> env = PlanAt.env(sim, config, PlanAt.kst(day, "12:00"));
      Product.run(env, work, RUN_TIMEOUT, "run", "--init-state").assertExit(0);
      Product.run(env, work, RUN_TIMEOUT, "optout", "add", "010-0000-0801", "--note", "전화 요청")
          .assertExit(0)
          .assertNoFullPhone();
      control.unsubscribe(SENS_LIST);
      OffsetDateTime start = PlanAt.kst(day, "15:00");
      for (String phone : List.of(OURS, SENS_LIST, OTHER)) {
        control.addBooking(STORE, "한예시", phone, start);
      }

      Product.run(env, work, RUN_TIMEOUT, "run").assertExit(0).assertNoFullPhone();
      Product.run(env, work, RUN_TIMEOUT, "run").assertExit(0).assertNoFullPhone();

      for (String phone : List.of(OURS, SENS_LIST, OTHER)) {
        assertThat(texts(control, phone, "COMM")).as(phone).containsExactly("[확인] " + hhmm(start));
      }
      assertThat(texts(control, OURS, "AD")).as("on our list").isEmpty();
      assertThat(texts(control, SENS_LIST, "AD")).as("on SENS's unsubscribe list").isEmpty();
      assertThat(texts(control, OTHER, "AD")).hasSize(1);

      Result listed =
          Product.run(env, work, RUN_TIMEOUT, "optout", "list").assertExit(0).assertNoFullPhone();
      assertThat(listed.stdout()).contains("010-****-0801", "전화 요청", "1 number");

      // off the list: the next cycle plans the advertisement still due; SENS's list still holds
      Product.run(env, work, RUN_TIMEOUT, "optout", "remove", OURS).assertExit(0);
      Product.run(env, work, RUN_TIMEOUT, "run").assertExit(0).assertNoFullPhone();
      assertThat(texts(control, OURS, "AD")).hasSize(1);
      assertThat(texts(control, SENS_LIST, "AD")).isEmpty();
      assertThat(texts(control, OTHER, "AD")).hasSize(1);
      // what the simulated SENS would have failed as sent to its unsubscribe list: nothing
      assertThat(control.state().path("sens").path("blockedAdvertising")).isEmpty();
    }
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
