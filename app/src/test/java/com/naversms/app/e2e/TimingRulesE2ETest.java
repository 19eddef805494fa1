package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
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
 * Issue 15 item 6 from outside: a config folder using {@code minutes}, a lower bound, {@code
 * time_after_booking_end} and {@code biz_item}, run by {@code naver-sms run} against the simulator
 * on the wall clock; the simulated SENS gets exactly the four messages due, once.
 */
class TimingRulesE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final ZoneOffset KST = ZoneOffset.ofHours(9);
  private static final String STORE = "1000001";

  private static final String RULES =
      """
      rules:
        - name: "Record"
          conditions:
            - type: "booking_not_in_db"
          actions:
            - type: "create_db_record"
        - name: "Ninety To Thirty"
          conditions:
            - type: "time_before_booking"
              params: {minutes: 90, min_minutes: 30}
            - type: "flag_not_set"
              params: {flag: "t90_sms"}
          actions:
            - type: "send_sms"
              params: {template: "t90"}
            - type: "update_flag"
              params: {flag: "t90_sms", value: true}
        - name: "Day Before"
          conditions:
            - type: "time_before_booking"
              params: {hours: 24, min_hours: 20}
            - type: "flag_not_set"
              params: {flag: "day_sms"}
          actions:
            - type: "send_sms"
              params: {template: "day"}
            - type: "update_flag"
              params: {flag: "day_sms", value: true}
        - name: "After Visit"
          conditions:
            - type: "booking_status_any"
              params: {statuses: ["RC03", "RC08"]}
            - type: "time_after_booking_end"
              params: {minutes: 15, within_hours: 6}
            - type: "flag_not_set"
              params: {flag: "after_sms"}
          actions:
            - type: "send_sms"
              params: {template: "after"}
            - type: "update_flag"
              params: {flag: "after_sms", value: true}
        - name: "Product"
          conditions:
            - type: "biz_item"
              params: {names: ["45분"]}
            - type: "flag_not_set"
              params: {flag: "item_sms"}
          actions:
            - type: "send_sms"
              params: {template: "item"}
            - type: "update_flag"
              params: {flag: "item_sms", value: true}
      """;

  private static final String TEMPLATES =
      """
        t90:
          content: "[T90] {{ booking.time }}"
        day:
          content: "[DAY] {{ booking.date }}"
        after:
          content: "[AFTER] {{ booking.time }}"
        item:
          content: "[ITEM] {{ booking.biz_item_name }}"
      """;

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES)
  void minutesLowerBoundAfterEndAndProduct_sendExactlyTheMessagesDue(@TempDir Path work)
      throws Exception {
    // The after-visit bookings start up to 40 minutes ago and must lie on today's Korean date
    // (the fetch window starts at 00:00 KST): in the first 45 minutes of a day, wait.
    LocalTime kstNow = LocalTime.now(KST);
    if (kstNow.isBefore(LocalTime.of(0, 45))) {
      Thread.sleep(Duration.between(kstNow, LocalTime.of(0, 45)).toMillis());
    }
    Path config = configFolder(work.resolve("config"));
    OffsetDateTime t = OffsetDateTime.now(KST).truncatedTo(ChronoUnit.MINUTES);
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      add(control, "01000000601", t.plusMinutes(60), 110); // 90..30 min window: due
      add(control, "01000000602", t.plusMinutes(20), 110); // inside the last 30 min: not
      add(control, "01000000603", t.plusMinutes(150), 110); // window opens in an hour: not
      add(control, "01000000604", t.plusHours(22), 110); // the day before, 24..20 h: due
      add(control, "01000000605", t.plusHours(5), 110); // same day, 5 h ahead: never
      add(control, "01000000606", t.minusMinutes(40), 10); // ended 30 min ago: after-visit due
      add(control, "01000000607", t.minusMinutes(10), 9); // ended 1 min ago: not yet
      add(control, "01000000608", t.plusHours(4), 45); // product "45분 이용/4인 기준": due

      Map<String, String> env = sim.env(Map.of("NAVER_SMS_CONFIG_DIR", config.toString()));
      Product.run(env, work, RUN_TIMEOUT, "run", "--init-state").assertExit(0).assertNoFullPhone();
      Product.run(env, work, RUN_TIMEOUT, "run").assertExit(0).assertNoFullPhone();

      assertThat(control.sensAccepted())
          .extracting(m -> m.path("to").asText() + " " + m.path("content").asText())
          .containsExactlyInAnyOrder(
              "01000000601 [T90] " + hhmm(t.plusMinutes(60)),
              "01000000604 [DAY] " + t.plusHours(22).atZoneSameInstant(KST).toLocalDate(),
              "01000000606 [AFTER] " + hhmm(t.minusMinutes(40)),
              "01000000608 [ITEM] 45분 이용/4인 기준");
      for (JsonNode m : control.sensAccepted()) {
        assertThat(m.path("contentType").asText()).isEqualTo("COMM");
      }
    }
  }

  private static void add(SimControl control, String phone, OffsetDateTime start, int minutes) {
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
            "minutes",
            minutes));
  }

  private static String hhmm(OffsetDateTime t) {
    return t.atZoneSameInstant(KST).toLocalTime().toString().substring(0, 5);
  }

  /** The shipped folder with these rules and four short templates added. */
  private static Path configFolder(Path dir) throws IOException {
    ShippedConfig.withRules(dir, RULES, TEMPLATES);
    List<String> check = Files.readAllLines(dir.resolve("sms_templates.yaml"));
    assertThat(check).contains("  item:");
    return dir;
  }
}
