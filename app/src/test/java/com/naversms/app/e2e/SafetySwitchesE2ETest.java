package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 10 from outside: with delivery switched on, a comparison switch in any yes word
 * sends nothing, and an unreadable one stops {@code run} (exit 2, naming it) before anything is
 * sent.
 */
class SafetySwitchesE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String PHONE = "01000000161";

  @Test
  void comparisonMode_inAnyYesWord_sendsNothing_andAnUnreadableOneIsExit2(@TempDir Path work) {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      control.addBooking("1000001", "안예시", PHONE, ConfigFolderE2ETest.inNinetyMinutes());
      String config = Repo.config().toString();
      assertThat(sim.env()).containsEntry("SENS_DELIVERY_ENABLED", "true");

      Result unreadable =
          Product.run(
                  sim.env(Map.of("COMPARISON_MODE", "maybe")),
                  work,
                  RUN_TIMEOUT,
                  "run",
                  "--init-state",
                  "--config",
                  config)
              .assertExit(2);
      assertThat(unreadable.stderr()).contains("COMPARISON_MODE=maybe: not a yes/no value");
      assertThat(control.sensAccepted()).isEmpty();
      assertThat(control.logins()).as("stopped before signing in").isZero();

      String[][] switches = {
        {"COMPARISON_MODE", "1"}, {"COMPARISON_MODE", "yes"}, {"COMPARISON_MODE_ENABLED", "on"}
      };
      for (String[] s : switches) {
        Result r =
            Product.run(
                    sim.env(Map.of(s[0], s[1])),
                    work,
                    RUN_TIMEOUT,
                    "run",
                    "--init-state",
                    "--config",
                    config)
                .assertNoFullPhone();
        assertThat(r.exit()).as(s[0] + "=" + s[1] + "\n" + r.describe()).isIn(0, 1);
        assertThat(r.stderr())
            .as(s[0] + "=" + s[1])
            .contains("\"event_type\":\"comparison_summary\"");
        assertThat(control.sensAccepted()).as(s[0] + "=" + s[1]).isEmpty();
      }

      // the same booking and state with the switch off: the SMS goes (the test could fail)
      Product.run(
              sim.env(Map.of("COMPARISON_MODE", "off")),
              work,
              RUN_TIMEOUT,
              "run",
              "--config",
              config)
          .assertExit(0);
      assertThat(control.sensAcceptedTo(PHONE)).isNotEmpty();
    }
  }
}
