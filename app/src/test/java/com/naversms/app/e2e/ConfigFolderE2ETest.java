package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 5 from outside: {@code run} uses the config folder the operator pointed to ({@code
 * NAVER_SMS_CONFIG_DIR}), says which one at start, and refuses to run the shipped example when none
 * is given.
 */
class ConfigFolderE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String STORE = "1000001";
  private static final String PHONE = "01000000151";
  private static final String DOOR = "출입문 비밀번호: 4827*";
  private static final String SENDER = "01000000777";

  @Test
  void configDirVariable_isTheConfigThatRuns_andNoConfigIsExit2(@TempDir Path work)
      throws IOException {
    Path config = operatorsCopy(work.resolve("operator-config"));
    Path runDir = Files.createDirectory(work.resolve("cwd-without-config"));
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      control.addBooking(STORE, "문예시", PHONE, inNinetyMinutes());

      Result r =
          Product.run(
                  sim.env(Map.of("NAVER_SMS_CONFIG_DIR", config.toString())),
                  runDir,
                  RUN_TIMEOUT,
                  "run",
                  "--init-state")
              .assertExit(0)
              .assertNoFullPhone();

      List<JsonNode> sms = control.sensAcceptedTo(PHONE);
      assertThat(sms)
          .hasSize(2)
          .allSatisfy(m -> assertThat(m.path("from").asText()).isEqualTo(SENDER));
      assertThat(sms)
          .extracting(m -> m.path("content").asText())
          .anySatisfy(text -> assertThat(text).contains(DOOR))
          .noneSatisfy(text -> assertThat(text).contains("0000*"));
      assertThat(r.stderr())
          .contains("naver-sms: config " + config + " (from NAVER_SMS_CONFIG_DIR): ")
          .containsPattern("[0-9]+ rules, 3 stores, sha256 [0-9a-f]{12}")
          .contains("\"action_type\":\"startup\"", "\"config_dir\":\"" + config + "\"");

      // no --config, no NAVER_SMS_CONFIG_DIR, no ./config: never the shipped example
      control.addBooking(STORE, "문예둘", "01000000152", inNinetyMinutes());
      int before = control.sensAccepted().size();
      Result none =
          Product.run(sim.env(), runDir, RUN_TIMEOUT, "run").assertExit(2).assertNoFullPhone();
      assertThat(none.stderr())
          .contains("no config folder: " + runDir.resolve("config"))
          .contains("NAVER_SMS_CONFIG_DIR");
      assertThat(control.sensAccepted()).hasSize(before);
    }
  }

  /** The shipped config with store 1000001's door code and sender changed, as an operator would. */
  private static Path operatorsCopy(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(Repo.config())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    replace(dir.resolve("sms_templates.yaml"), "출입문 비밀번호: 0000*", DOOR);
    String stores = Files.readString(dir.resolve("stores.yaml"));
    String store =
        stores.substring(stores.indexOf("\"" + STORE + "\":"), stores.indexOf("templates:"));
    Files.writeString(
        dir.resolve("stores.yaml"),
        stores.replace(
            store, store.replace("fromNumber: \"01000000001\"", "fromNumber: \"" + SENDER + "\"")));
    return dir;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  static OffsetDateTime inNinetyMinutes() {
    return OffsetDateTime.now(ZoneOffset.ofHours(9))
        .plusMinutes(90)
        .truncatedTo(ChronoUnit.MINUTES);
  }
}
