package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code naver-sms plan} end to end on the shipped config/ and snapshot fixtures. */
class PlanCommandTest {
  private static final Path CONFIG = Path.of("..", "config");

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static String fixture(String name) {
    try {
      return Path.of(PlanCommandTest.class.getResource("/plan/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Run plan(String at, String... more) {
    List<String> args = new ArrayList<>(List.of("plan", "--bookings", fixture("bookings.json")));
    args.addAll(List.of("--at", at, "--config", CONFIG.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void json_newBookingsGetConfirmations_insideWindowAlsoTheGuide() throws IOException {
    // 12:10 KST: booking 1 starts 14:00 (inside its window), booking 2 at 18:00, booking 3 is RC08.
    Run r = plan("2026-11-27T12:10:00+09:00", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("at").asText()).isEqualTo("2026-11-27T12:10:00+09:00");
    List<String> sms = new ArrayList<>();
    for (JsonNode a : root.get("actions")) {
      if (a.get("type").asText().equals("send_sms")) {
        sms.add(a.get("booking_num").asText() + " " + a.get("template").asText());
        assertThat(a.get("to").asText()).matches("0100000\\d{4}");
        assertThat(a.get("message_type").asText()).isIn("SMS", "LMS");
        assertThat(a.get("bytes").asInt()).isPositive();
      }
    }
    assertThat(sms)
        .containsExactly(
            "1000001_9100000001 confirmation",
            "1000001_9100000001 guide",
            "1000001_9100000002 confirmation");
    assertThat(root.get("problems")).isEmpty();
    assertThat(root.has("skipped")).isFalse();
  }

  @Test
  void json_records_stopWhatWasSent_explainSaysWhy() throws IOException {
    Run r =
        plan(
            "2026-11-27T12:10:00+09:00",
            "--format",
            "json",
            "--explain",
            "--records",
            fixture("records.json"));
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode skipped = new ObjectMapper().readTree(r.out()).get("skipped");
    assertThat(skipped.findValuesAsText("booking_num")).contains("1000001_9100000003");
    assertThat(r.out()).contains("\"condition\" : \"time_before_booking(2)\"");
  }

  /**
   * Issue 15: booking 1 (14:00) has a record of 13:00 whose guide was sent, booking 2 (18:00) was
   * cancelled; both reasons show in the table's "Rescheduled or cancelled" and in the JSON.
   */
  @Test
  void explain_showsTheRescheduleAndTheCancellation(@TempDir Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode bookings = json.readTree(Path.of(fixture("bookings.json")).toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) bookings.get(1))
        .put("bookingStatusCode", "RC04");
    Path bookingsFile = dir.resolve("bookings.json");
    json.writeValue(bookingsFile.toFile(), bookings);
    Path records = dir.resolve("records.json");
    Files.writeString(
        records,
        """
        [{"booking_num": "1000001_9100000001", "phone": "010-0000-1234", "name": "김민준",
          "booking_time": "2026-11-27 13:00:00", "confirm_sms": true, "remind_sms": true},
         {"booking_num": "1000001_9100000002", "phone": "010-0000-5678", "name": "이서연",
          "booking_time": "2026-11-27 18:00:00", "confirm_sms": true}]
        """);
    List<String> args =
        List.of(
            "plan",
            "--bookings",
            bookingsFile.toString(),
            "--records",
            records.toString(),
            "--at",
            "2026-11-27T12:10:00+09:00",
            "--config",
            CONFIG.toString(),
            "--explain");

    Run table = run(args.toArray(String[]::new));
    assertThat(table.code()).as(table.err()).isZero();
    String changes = table.out().substring(table.out().indexOf("Rescheduled or cancelled:"));
    assertThat(changes.lines())
        .anySatisfy(l ->
            assertThat(l)
                .contains("1000001_9100000001")
                .contains("rescheduled 13:00 → 14:00: remind_sms re-armed for the new slot"))
        .anySatisfy(
            l -> assertThat(l).contains("1000001_9100000002").contains("booking cancelled (RC04)"));

    List<String> withJson = new ArrayList<>(args);
    withJson.addAll(List.of("--format", "json"));
    Run r = run(withJson.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    List<String> updates = new ArrayList<>();
    for (JsonNode a : json.readTree(r.out()).get("actions")) {
      if (a.get("type").asText().equals("update_record")) {
        updates.add(
            a.get("booking_num").asText()
                + " "
                + a.get("rule").asText()
                + " "
                + a.get("reason").asText());
      }
    }
    assertThat(updates)
        .containsExactly(
            "1000001_9100000001 (reschedule) rescheduled 13:00 → 14:00: remind_sms re-armed for"
                + " the new slot",
            "1000001_9100000002 (cancellation) booking cancelled (RC04)");
  }

  @Test
  void table_isAlignedAndMasksPhones() {
    Run r = plan("2026-11-27T12:10:00+09:00", "--explain");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Plan at 2026-11-27T12:10:00+09:00")
        .contains("SLOT", "STORE", "BOOKING", "RULE", "TYPE", "TEMPLATE/FLAG", "PHONE")
        .contains("010-****-1234")
        .doesNotContain("01000001234")
        .contains("Skipped:");
    List<String> lines = r.out().lines().filter(l -> l.startsWith("2026-11-27 14:00")).toList();
    assertThat(lines).isNotEmpty();
    int ruleColumn =
        TextTable.width(lines.get(0).substring(0, lines.get(0).indexOf("New Booking")));
    assertThat(lines.stream().filter(l -> l.contains("New Booking")))
        .allMatch(l -> TextTable.width(l.substring(0, l.indexOf("New Booking"))) == ruleColumn);
  }

  @Test
  void unreadableBooking_isReportedOnStderrAndSkipped_theOthersPlanned() {
    Run r =
        run(
            "plan",
            "--bookings",
            fixture("bookings-one-bad.json"),
            "--at",
            "2026-11-27T12:10:00+09:00",
            "--config",
            CONFIG.toString(),
            "--format",
            "json");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("skipped").contains("9100000009").contains("startDateTime");
    assertThat(r.out())
        .contains("1000001_9100000001")
        .doesNotContain("\"booking_num\" : \"1000001_9100000009\"");
  }

  @Test
  void badAt_isExit2NamingTheOption() {
    Run r = plan("2026-11-27 12:10");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--at").contains("2026-11-27 12:10");
  }

  @Test
  void missingBookingsFile_isExit2NamingTheFile() {
    Run r =
        run(
            "plan",
            "--bookings",
            "no/such.json",
            "--at",
            "2026-11-27T12:10:00+09:00",
            "--config",
            CONFIG.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no/such.json");
  }

  @Test
  void bookingsNotAnArray_isExit2NamingTheFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bookings.json"), "{\"bookingId\": 1}");
    Run r =
        run(
            "plan",
            "--bookings",
            file.toString(),
            "--at",
            "2026-11-27T12:10:00+09:00",
            "--config",
            CONFIG.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(file.toString());
  }

  @Test
  void badRulesYaml_isExit2NamingFileAndLine(@TempDir Path dir) throws IOException {
    try (Stream<Path> files = Files.list(CONFIG)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(rules, Files.readString(rules).replaceFirst("hours: 2", "hours: two"));
    Run r =
        run(
            "plan",
            "--bookings",
            fixture("bookings.json"),
            "--at",
            "2026-11-27T12:10:00+09:00",
            "--config",
            dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).containsPattern("rules\\.yaml:\\d+: .*hours");
  }

  @Test
  void examples_planAsTheOperatorsDocsSay() throws IOException {
    Path examples = Path.of("..", "examples");
    Run r =
        run(
            "plan",
            "--bookings",
            examples.resolve("bookings.json").toString(),
            "--records",
            examples.resolve("records.json").toString(),
            "--at",
            "2026-11-27T12:10:00+09:00",
            "--config",
            CONFIG.toString(),
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    // The example without a phone number is reported and skipped; the others are planned.
    assertThat(r.err()).contains("9100000008").contains("phone");
    JsonNode root = new ObjectMapper().readTree(r.out());
    List<String> sms = new ArrayList<>();
    for (JsonNode a : root.get("actions")) {
      if (a.get("type").asText().equals("send_sms")) {
        sms.add(
            a.get("booking_num").asText()
                + " "
                + a.get("template").asText()
                + " "
                + a.get("from").asText());
      }
    }
    assertThat(sms)
        .containsExactly(
            "1000001_9100000001 confirmation 01000000001",
            "1000001_9100000001 guide 01000000001",
            "1000002_9100000004 guide 01000000002",
            "1000002_9100000005 confirmation 01000000002",
            "1000002_9100000005 guide 01000000002",
            "1000003_9100000007 confirmation 01000000001",
            "1000001_9100000009 confirmation 01000000001");
  }

  @Test
  void missingRequiredOption_isExit2() {
    assertThat(run("plan", "--at", "2026-11-27T12:10:00+09:00").code()).isEqualTo(2);
  }
}
