package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 11 from outside: a state file that does not exist is refused; {@code --init-state}
 * creates it owner-only and the first cycle on it is announced; the default state is the same from
 * any working directory, so a second run sends nothing again.
 */
class StateFileE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String PHONE = "01000000171";

  @Test
  void missingState_isExit2_initStateCreatesIt_andTheDefaultIsTheSameFromAnyFolder(
      @TempDir Path work) throws IOException {
    Path home = Files.createDirectory(work.resolve("home"));
    Path elsewhere = Files.createDirectory(work.resolve("elsewhere"));
    Path another = Files.createDirectory(work.resolve("another"));
    String config = Repo.config().toString();
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      control.addBooking("1000002", "서예시", PHONE, ConfigFolderE2ETest.inNinetyMinutes());

      Path missing = work.resolve("typo/state.db");
      Result refused =
          Product.run(
                  sim.env(Map.of("SQLITE_PATH", missing.toString())),
                  elsewhere,
                  RUN_TIMEOUT,
                  "run",
                  "--config",
                  config)
              .assertExit(2);
      assertThat(refused.stderr()).contains("state file " + missing, "--init-state");
      assertThat(missing).doesNotExist();
      assertThat(missing.getParent()).doesNotExist();
      assertThat(control.sensAccepted()).isEmpty();

      // the default state: no SQLITE_PATH, HOME as a service account's
      Map<String, String> env = new LinkedHashMap<>(sim.env());
      env.remove("SQLITE_PATH");
      env.put("HOME", home.toString());
      env.put("XDG_STATE_HOME", "");
      Path state = home.resolve(".local/state/naver-sms/state.db");

      Result first =
          Product.run(env, elsewhere, RUN_TIMEOUT, "run", "--init-state", "--config", config)
              .assertExit(0)
              .assertNoFullPhone();
      assertThat(first.stderr()).contains("naver-sms: state SQLite " + state + " (new)");
      assertThat(mode(state)).isEqualTo("rw-------");
      assertThat(mode(state.getParent())).isEqualTo("rwx------");
      assertThat(mode(home.resolve(".local"))).isEqualTo("rwx------");
      assertThat(control.telegram())
          .extracting(m -> m.path("text").asText())
          .containsOnlyOnce("새 상태 파일로 첫 실행: " + state);
      assertThat(control.slack())
          .extracting(m -> m.path("text").asText())
          .contains("새 상태 파일로 첫 실행: " + state);
      int sent = control.sensAcceptedTo(PHONE).size();
      assertThat(sent).isEqualTo(2);

      Result second =
          Product.run(env, another, RUN_TIMEOUT, "run", "--config", config)
              .assertExit(0)
              .assertNoFullPhone();
      assertThat(second.stderr()).contains("naver-sms: state SQLite " + state + "\n");
      assertThat(control.sensAcceptedTo(PHONE)).hasSize(sent);
      assertThat(control.telegram())
          .extracting(m -> m.path("text").asText())
          .filteredOn(t -> t.startsWith("새 상태 파일"))
          .hasSize(1);
      assertThat(control.logins()).as("the session was found in the same state").isEqualTo(1);
    }
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
