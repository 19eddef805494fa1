package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 items 4 and 7 from outside: the shipped review-event template (an advertisement) sent by
 * a rule exempt from quiet hours. {@code bin/naver-sms run} planning at 20:59 KST sends it as SENS
 * {@code contentType AD}; planning at 21:00 sends nothing, whatever the rule says, and {@code run
 * --dry-run --explain} says why. Opted-out numbers: OptOutCycleE2ETest.
 */
class AdvertisingHoursE2ETest {
  private static final String STORE = "1000001";
  private static final String BEFORE_NINE = "01000000911";
  private static final String AT_NINE = "01000000912";

  private static final String RULES =
      """
      rules:
        - name: "Record"
          conditions:
            - type: "booking_not_in_db"
          actions:
            - type: "create_db_record"
        - name: "Review Event Any Hour"
          quiet_hours: false
          conditions:
            - type: "has_option_keyword"
            - type: "flag_not_set"
              params: {flag: "option_sms"}
          actions:
            - type: "send_sms"
              params: {template: "event"}
            - type: "update_flag"
              params: {flag: "option_sms", value: true}
      """;

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES)
  void reviewEvent_goesAsAdvertisingAt2059_andNotAt2100(@TempDir Path work) throws Exception {
    Path config = ShippedConfig.withRules(work.resolve("config"), RULES, "");
    LocalDate day = PlanAt.tomorrow();
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      addWithReviewOption(control, BEFORE_NINE, PlanAt.kst(day, "15:00"));

      PlanAt.run(sim, config, work, PlanAt.kst(day, "20:59"), "run", "--init-state");
      List<JsonNode> sent = control.sensAcceptedTo(BEFORE_NINE);
      assertThat(sent).hasSize(1);
      assertThat(sent.get(0).path("contentType").asText()).isEqualTo("AD");
      assertThat(sent.get(0).path("content").asText()).startsWith("(광고) ").contains("무료수신거부 080-");

      addWithReviewOption(control, AT_NINE, PlanAt.kst(day, "16:00"));
      Result explained =
          PlanAt.run(sim, config, work, PlanAt.kst(day, "21:00"), "run", "--dry-run", "--explain");
      assertThat(explained.stdout())
          .contains(
              "010-****-0912",
              "deferred by quiet hours until 08:00: the rule sends an advertising message");
      PlanAt.run(sim, config, work, PlanAt.kst(day, "21:00"), "run");

      assertThat(control.sensAcceptedTo(AT_NINE)).as("21:00: advertising hours are over").isEmpty();
      assertThat(control.sensAccepted()).as("never twice").hasSize(1);
    }
  }

  private static void addWithReviewOption(SimControl control, String phone, OffsetDateTime start) {
    control.addBooking(
        Map.of(
            "store",
            STORE,
            "name",
            "한예시",
            "phone",
            phone,
            "start",
            start.toString(),
            "options",
            List.of(Map.of("name", "네이버 리뷰 이벤트", "count", 1))));
  }
}
