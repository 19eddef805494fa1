package com.naversms.app.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.app.cli.Main;
import com.naversms.app.demo.SimulatedWorld;
import com.naversms.app.demo.SteppingClock;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.core.booking.Booking;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorOptions;
import com.naversms.simulator.naver.Scenario;
import com.naversms.simulator.sens.SensMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 11.7 end to end: a config whose guide holds the legacy production symbols (⬇, ⚠ with its
 * emoji selector, ❗, U+FFFD) passes {@code config check} with warnings naming line and character,
 * {@code plan} renders the replaced text, and a live cycle (the real wiring against the simulator,
 * SQLite) sends the replaced text, which the simulated SENS accepts as EUC-KR. Before the fix the
 * config was refused (exit 2) and nothing was sent.
 */
class SymbolTemplatesTest {
  static final String GUIDE_LINE = "        - 출입문 비밀번호: 0000*\n";
  static final String WITH_SYMBOLS =
      "        ⬇ 출입 안내 ⬇\n        - 출입문 비밀번호: 0000* ⚠️ 꼭 확인❗\uFFFD\n";
  static final String REPLACED = "↓ 출입 안내 ↓\n- 출입문 비밀번호: 0000* ※ 꼭 확인!\n";
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  static final ZonedDateTime NOW = ZonedDateTime.of(DAY, LocalTime.of(13, 30), Booking.SEOUL);
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path config() throws Exception {
    Path config = Files.createDirectories(dir.resolve("config"));
    try (var files = Files.list(Path.of("..", "config"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, config.resolve(f.getFileName()));
      }
    }
    Path sms = config.resolve("sms_templates.yaml");
    String text = Files.readString(sms);
    assertThat(text).contains(GUIDE_LINE);
    Files.writeString(sms, text.replaceFirst(Pattern.quote(GUIDE_LINE), WITH_SYMBOLS));
    return config;
  }

  @Test
  void configCheck_planAndALiveCycle_allUseTheReplacedText() throws Exception {
    Path config = config();
    int line =
        1
            + Files.readAllLines(config.resolve("sms_templates.yaml"))
                .indexOf("        - 출입문 비밀번호: 0000* ⚠️ 꼭 확인❗\uFFFD");

    Run check = cli("config", "check", "--config", config.toString());
    assertThat(check.exit()).as(check.err() + check.out()).isZero();
    assertThat(check.out() + check.err())
        .contains(
            "sms_templates.yaml:"
                + line
                + ": templates.guide.stores.1000001: character \"⚠\" (U+26A0) cannot be encoded"
                + " in EUC-KR: sent as \"※\"")
        .contains(
            "sms_templates.yaml:" + line + ": templates.guide.stores.1000001: character U+FE0F")
        .contains(
            "sms_templates.yaml:"
                + (line - 1)
                + ": templates.guide.stores.1000001: character \"⬇\" (U+2B07)");

    List<Map<String, Object>> bookings = bookings();
    Path bookingsFile = dir.resolve("bookings.json");
    new ObjectMapper().writeValue(bookingsFile.toFile(), bookings);
    Run plan =
        cli(
            "plan",
            "--bookings",
            bookingsFile.toString(),
            "--at",
            NOW.toOffsetDateTime().toString(),
            "--config",
            config.toString(),
            "--format",
            "json");
    assertThat(plan.exit()).as(plan.err()).isZero();
    String planned = null;
    for (JsonNode a : new ObjectMapper().readTree(plan.out()).get("actions")) {
      if (a.path("template").asText().equals("guide")) {
        planned = a.get("text").asText();
        assertThat(a.get("bytes").asInt())
            .isEqualTo(planned.getBytes(Charset.forName("EUC-KR")).length);
      }
    }
    assertThat(planned).contains(REPLACED);

    SteppingClock clock = new SteppingClock(NOW.toInstant(), Booking.SEOUL);
    try (Simulator sim = Simulator.start(SimulatorOptions.defaults().clock(clock));
        Persistence p = SelfHosted.sqlite(dir.resolve("state.db"))) {
      sim.naver().scenario(Scenario.empty());
      sim.naver().addStore("1000002").addStore("1000003").addBookings("1000001", bookings);
      CycleResult result =
          SimulatedWorld.wiring(
                  sim,
                  config,
                  p,
                  CycleSettings.defaults(),
                  clock,
                  new RecordingEventLog(),
                  new RecordingMetrics())
              .cycle()
              .run("req-symbols");

      assertThat(result.exitCode()).isZero();
      List<String> guides =
          sim.sens().accepted().stream()
              .map(SensMessage::content)
              .filter(c -> c.contains("출입 안내"))
              .toList();
      assertThat(guides).containsExactly(planned);
      assertThat(Charset.forName("EUC-KR").newEncoder().canEncode(guides.get(0))).isTrue();
    }
  }

  /** One new booking of store 1000001 at 15:00, as the partner API lists it. */
  private static List<Map<String, Object>> bookings() {
    Map<String, Object> b =
        new LinkedHashMap<>(Scenario.generated(3, List.of("1000001"), 1, DAY).bookings().get(0));
    @SuppressWarnings("unchecked")
    Map<String, Object> snapshot = new LinkedHashMap<>((Map<String, Object>) b.get("snapshotJson"));
    b.put("bookingStatusCode", "RC03");
    snapshot.put("startDateTime", "2026-11-27T06:00:00Z");
    snapshot.put("endDateTime", "2026-11-27T07:50:00Z");
    b.put("snapshotJson", snapshot);
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(b);
    return out;
  }
}
