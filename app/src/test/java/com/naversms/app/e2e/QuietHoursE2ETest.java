package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 items 3 and 7 from outside: {@code bin/naver-sms run} against the simulator on a real
 * SQLite file, each cycle planning at a chosen Korean time ({@code SIMULATOR_PLAN_AT}). A
 * confirmation due at 01:40 is deferred by the quiet hours (21:00-08:00), goes once at 08:00 and
 * never again; a guide due at 05:00 for a 07:00 slot is deferred and, its slot passed by 08:00,
 * never sent. The setting is refused when an endpoint is not the simulator.
 */
class QuietHoursE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String STORE = "1000001";
  private static final String LATER = "01000000901";
  private static final String EARLY = "01000000902";

  private static final String RULES =
      """
      quiet_hours: {start: "21:00", end: "08:00"}
      rules:
        - name: "New Booking Confirmation"
          conditions:
            - type: "booking_not_in_db"
            - type: "booking_status"
              params: {status: "RC03"}
            - type: "time_before_booking"
              params: {hours: 168}
          actions:
            - type: "create_db_record"
            - type: "send_sms"
              params: {template: "qh_confirm"}
            - type: "update_flag"
              params: {flag: "confirm_sms", value: true}
        - name: "Two-Hour Reminder"
          conditions:
            - type: "booking_status"
              params: {status: "RC03"}
            - type: "time_before_booking"
              params: {hours: 2}
            - type: "flag_not_set"
              params: {flag: "remind_sms"}
          actions:
            - type: "send_sms"
              params: {template: "qh_guide"}
            - type: "update_flag"
              params: {flag: "remind_sms", value: true}
      """;

  private static final String TEMPLATES =
      """
        qh_confirm:
          content: "[확인] {{ booking.time }}"
        qh_guide:
          content: "[안내] {{ booking.time }}"
      """;

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES)
  void confirmationDueAt0140_goesOnceAt0800_andAGuideWhoseSlotPassedNever(@TempDir Path work)
      throws Exception {
    Path config = ShippedConfig.withRules(work.resolve("config"), RULES, TEMPLATES);
    LocalDate day = PlanAt.tomorrow();
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      control.addBooking(STORE, "한예시", LATER, PlanAt.kst(day, "14:00"));
      long early = control.addBooking(STORE, "두예시", EARLY, PlanAt.kst(day, "07:00"));

      PlanAt.run(sim, config, work, PlanAt.kst(day, "01:40"), "run", "--init-state");
      assertThat(control.sensAccepted()).as("01:40: inside the quiet hours").isEmpty();

      Result explained =
          PlanAt.run(sim, config, work, PlanAt.kst(day, "05:00"), "run", "--dry-run", "--explain");
      assertThat(explained.stdout())
          .containsPattern(
              STORE
                  + "_"
                  + early
                  + " +Two-Hour Reminder +quiet_hours +deferred by quiet hours until 08:00");
      PlanAt.run(sim, config, work, PlanAt.kst(day, "05:00"), "run");
      assertThat(control.sensAccepted()).as("05:00: the guide is due but deferred").isEmpty();

      PlanAt.run(sim, config, work, PlanAt.kst(day, "08:00"), "run");
      PlanAt.run(sim, config, work, PlanAt.kst(day, "08:20"), "run");
      assertThat(messages(control))
          .as("08:00 sends the deferred confirmation once; the 07:00 slot's guide never goes")
          .containsExactly(LATER + " [확인] 14:00");
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void planningAtAChosenTime_isRefusedUnlessEveryEndpointIsTheSimulator(@TempDir Path work)
      throws Exception {
    Path config = ShippedConfig.withRules(work.resolve("config"), RULES, TEMPLATES);
    LocalDate day = PlanAt.tomorrow();
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      sim.control().addBooking(STORE, "한예시", LATER, PlanAt.kst(day, "14:00"));
      Map<String, String> env = new HashMap<>(PlanAt.env(sim, config, PlanAt.kst(day, "09:00")));
      env.put("SENS_BASE_URL", "http://sens.invalid");

      Result refused = Product.run(env, work, RUN_TIMEOUT, "run", "--init-state").assertExit(2);

      assertThat(refused.stderr())
          .contains(
              "SIMULATOR_PLAN_AT is for runs against the simulator only: SENS_BASE_URL points at"
                  + " http://sens.invalid, not a loopback address");
      assertThat(sim.control().sensAccepted()).isEmpty();
      assertThat(sim.control().logins()).isZero();
    }
  }

  private static List<String> messages(SimControl control) {
    return control.sensAccepted().stream()
        .map(m -> m.path("to").asText() + " " + m.path("content").asText())
        .toList();
  }
}
