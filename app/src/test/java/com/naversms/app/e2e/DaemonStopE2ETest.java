package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 9 from outside: {@code naver-sms daemon} as a child process against the simulator,
 * real Chromium sign-in, real SQLite; stopped with SIGTERM while idle and while a cycle is sending.
 */
class DaemonStopE2ETest {
  private static final String STORE = "1000001";
  private static final Duration FIRST_CYCLE = Duration.ofMinutes(3);

  @Test
  void anIdleDaemon_exitsZero_withinTwoSecondsOfSigterm(@TempDir Path work) {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0");
        Child daemon =
            Product.start(
                sim.env(),
                work,
                "daemon",
                "--init-state",
                "--first-cycle-now",
                "--config",
                Repo.config().toString())) {
      // the second "next cycle" line is printed once the first cycle is over: the daemon is idle
      daemon.awaitStderr(s -> count(s, "next cycle at") >= 2, FIRST_CYCLE);
      assertThat(daemon.stdout()).contains("cycle completed");

      long signalled = System.nanoTime();
      Result stopped = daemon.signal("TERM").waitFor(Duration.ofSeconds(30));
      long tookMs = (System.nanoTime() - signalled) / 1_000_000;

      System.out.println(
          "e2e[daemon idle]: sigterm-to-exit-ms=" + tookMs + " exit=" + stopped.exit());
      stopped.assertExit(0).assertNoFullPhone();
      assertThat(tookMs).as("SIGTERM to exit, idle").isLessThan(2_000);
      assertThat(stopped.stderr()).contains("naver-sms daemon: stopped");
    }
  }

  @Test
  void sigtermDuringACycle_recordsEveryAcceptedSend_exitsZeroInTheGrace_andStartsNoCycle(
      @TempDir Path work) throws Exception {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      OffsetDateTime tomorrow =
          OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(1).truncatedTo(ChronoUnit.HOURS);
      List<String> phones = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String phone = "0100000" + (2001 + i);
        phones.add(phone);
        control.addBooking(STORE, "예시" + i, phone, tomorrow.plusMinutes(10L * i));
      }
      // every send takes 2.5 s: the cycle is still sending when the signal comes
      control.fault(Map.of("route", "sens.send", "delay_ms", 2500));

      // four lanes (the default is 32 since issue 19): some bookings are still unstarted at the
      // signal, which is what this test is about
      try (Child daemon =
          Product.start(
              sim.env(Map.of("SEND_CONCURRENCY", "4")),
              work,
              "daemon",
              "--init-state",
              "--first-cycle-now",
              "--every-seconds",
              "2",
              "--config",
              Repo.config().toString())) {
        awaitFirstAccepted(control, daemon);

        long signalled = System.nanoTime();
        Result stopped = daemon.signal("TERM").waitFor(Duration.ofSeconds(30));
        long tookMs = (System.nanoTime() - signalled) / 1_000_000;

        List<JsonNode> accepted = control.sensAccepted();
        System.out.println(
            "e2e[daemon stop in cycle]: sigterm-to-exit-ms="
                + tookMs
                + " exit="
                + stopped.exit()
                + " due="
                + phones.size()
                + " sens-accepted="
                + accepted.size());
        stopped.assertExit(0).assertNoFullPhone();
        assertThat(tookMs).as("SIGTERM to exit, within the 8 s grace").isLessThan(8_000);
        assertThat(accepted.size())
            .as("the cycle stopped taking new bookings")
            .isBetween(1, phones.size() - 1);
        Set<String> acceptedTo = new HashSet<>();
        accepted.forEach(m -> acceptedTo.add(m.path("to").asText()));
        assertThat(acceptedTo).hasSize(accepted.size());

        Path state = Path.of(sim.env().get("SQLITE_PATH"));
        assertThat(confirmedPhones(state))
            .as("every message SENS accepted is recorded (confirm_sms set)")
            .isEqualTo(acceptedTo);
        assertThat(openClaims(state)).as("no claim left behind").isZero();

        String afterStop =
            stopped.stderr().substring(stopped.stderr().indexOf("naver-sms daemon: stopping"));
        assertThat(afterStop).doesNotContain("next cycle at").contains("daemon: stopped");
        assertThat(count(stopped.stdout(), "cycle completed")).isEqualTo(1);
        Thread.sleep(3_000);
        assertThat(control.sensAccepted())
            .as("no SENS request after the stop")
            .hasSize(accepted.size());
      }
    }
  }

  private static void awaitFirstAccepted(SimControl control, Child daemon)
      throws InterruptedException {
    long end = System.nanoTime() + FIRST_CYCLE.toNanos();
    while (control.sensAccepted().isEmpty()) {
      if (System.nanoTime() > end || !daemon.isAlive()) {
        throw new AssertionError("no SMS accepted by SENS\n" + daemon.dump());
      }
      Thread.sleep(50);
    }
  }

  /** The phones (digits) whose record has confirm_sms set. */
  private static Set<String> confirmedPhones(Path sqlite) throws SQLException {
    Set<String> phones = new HashSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT phone FROM sms WHERE confirm_sms = 1")) {
      while (rs.next()) {
        phones.add(rs.getString(1).replace("-", ""));
      }
    }
    return phones;
  }

  private static int openClaims(Path sqlite) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT count(*) FROM sms_delivery WHERE claimed_at IS NOT NULL")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}
