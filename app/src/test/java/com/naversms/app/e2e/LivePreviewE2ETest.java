package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 items 4 and 5 from outside: {@code explain --booking/--phone}, {@code run --dry-run
 * --explain --format table|json} and {@code snapshot export [--pseudonymise]} fetch live bookings
 * through the stored session and send, write and sign in to nothing; the export replays with {@code
 * plan} to the live dry run's plan.
 */
class LivePreviewE2ETest {
  private static final Duration T = Duration.ofMinutes(3);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORE = "1000001";

  @Test
  void explainDryRunAndExport_fetchLive_sendWriteAndSignInToNothing(@TempDir Path work)
      throws Exception {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Path state = Path.of(sim.env().get("SQLITE_PATH"));
      Map<String, String> env = sim.env(Map.of("NAVER_SMS_CONFIG_DIR", Repo.config().toString()));
      long sent =
          control.addBooking(STORE, "하예시", "01000000401", ConfigFolderE2ETest.inNinetyMinutes());
      Product.run(env, work, T, "run", "--init-state").assertExit(0);
      long waiting =
          control.addBooking(STORE, "두예시", "01000000402", ConfigFolderE2ETest.inNinetyMinutes());
      int accepted = control.sensAccepted().size();
      int logins = control.logins();
      String stateBefore = sha(state);

      // the booking already served: every rule, the confirmation stopped by its flag
      Result served =
          Product.run(env, work, T, "explain", "--booking", STORE + "_" + sent)
              .assertExit(0)
              .assertNoFullPhone();
      assertThat(served.stdout())
          .contains("Booking " + STORE + "_" + sent, "010-****-0401", "confirm_sms=true")
          .contains("New Booking Confirmation", "does not fire")
          .contains("Two-Hour Reminder", "Evening Option SMS")
          .doesNotContain("하예시");

      // the new one by the last 4 digits of its phone: its messages are due
      Result due =
          Product.run(env, work, T, "explain", "--phone", "0402").assertExit(0).assertNoFullPhone();
      assertThat(due.stdout())
          .contains("Booking " + STORE + "_" + waiting, "record: none yet", "fires", "send_sms");

      // a booking a cycle does not see, and a bad number
      Product.run(env, work, T, "explain", "--booking", STORE + "_1").assertExit(1);
      Product.run(env, work, T, "explain", "--booking", "nonsense").assertExit(2);

      // run --dry-run --explain: the table with every skip; --format json: the plan alone on stdout
      Result table =
          Product.run(env, work, T, "run", "--dry-run", "--explain")
              .assertExit(0)
              .assertNoFullPhone();
      assertThat(table.stdout()).contains("Skipped:", "010-****-0402", "CONDITION");
      Result json =
          Product.runShowingFullValues(
                  env, work, T, "run", "--dry-run", "--explain", "--format", "json")
              .assertExit(0);
      JsonNode live = JSON.readTree(json.stdout());
      assertThat(live.path("skipped")).isNotEmpty();
      // phones masked as everywhere on a terminal; names and texts shown (for a file)
      assertThat(actions(live)).anyMatch(a -> a.contains("\"to\":\"010-****-0402\""));

      // snapshot export: owner-only files that replay to the live plan
      Path out = work.resolve("case");
      Result export =
          Product.run(env, work, T, "snapshot", "export", "--out", out.toString())
              .assertExit(0)
              .assertNoFullPhone();
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(out.resolve("bookings.json"))))
          .isEqualTo("rw-------");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(out.resolve("records.json"))))
          .isEqualTo("rw-------");
      JsonNode replayed = replay(env, work, export);
      assertThat(actions(replayed).stream().map(LivePreviewE2ETest::masked).toList())
          .isEqualTo(actions(live));

      // pseudonymised: no customer's phone or name, the same plan under other numbers
      Path shared = work.resolve("shared");
      Result pseudo =
          Product.run(
                  env, work, T, "snapshot", "export", "--out", shared.toString(), "--pseudonymise")
              .assertExit(0)
              .assertNoFullPhone();
      String files =
          Files.readString(shared.resolve("bookings.json"))
              + Files.readString(shared.resolve("records.json"));
      assertThat(files)
          .doesNotContain("01000000401", "01000000402", "010-0000-0401", "010-0000-0402")
          .doesNotContain("하예시", "두예시");
      JsonNode pseudoPlan = replay(env, work, pseudo);
      assertThat(actions(pseudoPlan)).hasSameSizeAs(actions(live));
      assertThat(pseudoPlan.path("actions").findValuesAsText("to"))
          .allSatisfy(to -> assertThat(to).startsWith("0100000"));

      // an export folder in use is refused
      Product.run(env, work, T, "snapshot", "export", "--out", out.toString()).assertExit(2);

      // nothing of the above sent, signed in or wrote
      assertThat(control.sensAccepted()).hasSize(accepted);
      assertThat(control.logins()).isEqualTo(logins);
      assertThat(sha(state)).isEqualTo(stateBefore);

      // a stale session: exit 2 without --login, no sign-in; --login signs in once, sends nothing
      control.expireSessions();
      Result stale =
          Product.run(env, work, T, "explain", "--booking", STORE + "_" + waiting).assertExit(2);
      assertThat(stale.stderr()).contains("--login");
      assertThat(control.logins()).isEqualTo(logins);
      Product.run(env, work, T, "explain", "--booking", STORE + "_" + waiting, "--login")
          .assertExit(0)
          .assertNoFullPhone();
      assertThat(control.logins()).isEqualTo(logins + 1);
      assertThat(control.sensAccepted()).hasSize(accepted);
    }
  }

  /** Runs the replay command the export printed, as JSON. */
  private static JsonNode replay(Map<String, String> env, Path work, Result export)
      throws Exception {
    String line =
        export
            .stdout()
            .lines()
            .filter(l -> l.startsWith("Replay: naver-sms "))
            .findFirst()
            .orElseThrow();
    List<String> args =
        new ArrayList<>(List.of(line.substring("Replay: naver-sms ".length()).split(" ")));
    args.addAll(List.of("--format", "json"));
    Result plan =
        Product.runShowingFullValues(env, work, T, args.toArray(String[]::new)).assertExit(0);
    return JSON.readTree(plan.stdout());
  }

  private static List<String> actions(JsonNode plan) {
    List<String> out = new ArrayList<>();
    plan.path("actions").forEach(a -> out.add(a.toString()));
    return out;
  }

  /** Phones as the dry run's output masks them ({@code 010-****-5678}). */
  private static String masked(String text) {
    return text.replaceAll("(01[016789])-?[0-9]{3,4}-?([0-9]{4})", "$1-****-$2");
  }

  private static String sha(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
