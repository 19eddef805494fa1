package com.naversms.app.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.dynamodb.DynamoLocalServer;
import com.naversms.adapters.naver.BookingJson;
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
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StoredRecord;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorOptions;
import com.naversms.simulator.naver.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 11.6 (and 11.8): {@code plan} on a snapshot and the live cycle (the real wiring against the
 * simulator, with SQLite and with DynamoDB Local) decide the same on the same bookings and records,
 * whatever phone form each record was stored under by the two Python systems. Before the fix the
 * live cycle asked only for the 3-4-4 key, missed the refactor's bare-digit and 3-3-4 items and the
 * legacy's 3-4-rest ten-digit items, and confirmed those bookings a second time; {@code plan} did
 * not.
 */
class PlanMatchesCycleTest {
  static final Path CONFIG = Path.of("../config");
  static final String STORE = "1000001";
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  /** 13:30 KST: every slot below is at 15:00, inside its two-hour window. */
  static final ZonedDateTime NOW = ZonedDateTime.of(DAY, LocalTime.of(13, 30), Booking.SEOUL);

  /** phone, status, stored phone form (null: no record), confirm_sms, remind_sms. */
  record Row(String phone, String status, String stored, boolean confirmed, boolean reminded) {}

  static final List<Row> ROWS =
      List.of(
          new Row("01000006101", "RC03", "010-0000-6101", true, false), // both systems' form
          new Row("01100006102", "RC03", "01100006102", true, false), // refactor: bare digits
          new Row("01100006103", "RC03", "011-0000-6103", true, false), // legacy, 11 digits
          new Row("0110006104", "RC03", "011-0006-104", true, false), // legacy: 3-4-rest
          new Row("0110006105", "RC03", "011-000-6105", false, false), // refactor: 3-3-4
          new Row("0110006106", "RC03", "011-000-6106", true, true), // refactor, all sent
          new Row("01100006107", "RC03", null, false, false), // new booking
          new Row("0110006108", "RC03", null, false, false), // new booking, ten digits
          new Row("01000006109", "RC08", "010-0000-6109", false, false)); // completed (11.8)

  @TempDir Path dir;

  @Test
  void sqlite_liveCycleSendsWhatPlanPlans_andKeepsOneItemPerBooking() throws Exception {
    try (Persistence p = SelfHosted.sqlite(dir.resolve("state.db"))) {
      check(p, (key, r) -> p.state().create(record(key, r)));
    }
  }

  @Test
  void dynamoDb_liveCycleSendsWhatPlanPlans_andKeepsOneItemPerBooking() throws Exception {
    try (DynamoLocalServer dynamo = new DynamoLocalServer()) {
      Persistence p = Persistence.dynamo(dynamo.client, "sms", "session");
      check(p, (key, r) -> dynamo.client.putItem(b -> b.tableName("sms").item(pythonItem(key, r))));
    }
  }

  interface Writer {
    void put(RecordKey key, Row row);
  }

  private void check(Persistence persistence, Writer pythonWrites) throws Exception {
    SteppingClock clock = new SteppingClock(NOW.toInstant(), Booking.SEOUL);
    try (Simulator sim = Simulator.start(SimulatorOptions.defaults().clock(clock))) {
      List<Map<String, Object>> served = bookings();
      sim.naver().scenario(Scenario.empty());
      sim.naver().addStore("1000002").addStore("1000003").addBookings(STORE, served);
      List<Map<String, Object>> records = new ArrayList<>();
      for (int i = 0; i < ROWS.size(); i++) {
        Row r = ROWS.get(i);
        if (r.stored() != null) {
          RecordKey key = new RecordKey(STORE + "_" + served.get(i).get("bookingId"), r.stored());
          pythonWrites.put(key, r);
          records.add(plainItem(key, r));
        }
      }
      JsonNode plan = plan(served, records);

      CycleResult result =
          SimulatedWorld.wiring(
                  sim,
                  CONFIG,
                  persistence,
                  CycleSettings.defaults(),
                  clock,
                  new RecordingEventLog(),
                  new RecordingMetrics())
              .cycle()
              .run("req-key-forms");

      assertThat(result.exitCode()).isZero();
      List<String> planned = new ArrayList<>();
      for (JsonNode a : plan.get("actions")) {
        if (a.get("type").asText().equals("send_sms")) {
          planned.add(
              a.get("to").asText() + " " + a.get("from").asText() + " " + a.get("text").asText());
        }
      }
      List<String> sent =
          sim.sens().accepted().stream()
              .map(m -> m.to() + " " + m.from() + " " + m.content())
              .toList();
      assertThat(sent).containsExactlyInAnyOrderElementsOf(planned);
      assertThat(planned)
          .as("plan: guides for the known RC03 bookings, confirmation + guide for the new ones")
          .hasSize(10);
      List<Booking> fetched =
          BookingJson.read(new ObjectMapper().writeValueAsString(served), "served").bookings();
      Map<RecordKey, StoredRecord> after = persistence.state().read(RecordKeys.toRead(fetched));
      for (int i = 0; i < ROWS.size(); i++) {
        Booking b = fetched.get(i);
        String stored = ROWS.get(i).stored();
        String expected = stored != null ? stored : RecordKeys.legacyPhone(b.phone());
        assertThat(after.keySet())
            .as("one item for %s, under the form that existed (or the legacy form)", b.bookingNum())
            .filteredOn(k -> k.bookingNum().equals(b.bookingNum()))
            .extracting(RecordKey::phone)
            .containsExactly(expected);
      }
    }
  }

  /** The bookings the simulator serves, as the partner API lists them. */
  private static List<Map<String, Object>> bookings() {
    List<Map<String, Object>> generated =
        Scenario.generated(11, List.of(STORE), ROWS.size(), DAY).bookings();
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < ROWS.size(); i++) {
      Row r = ROWS.get(i);
      Map<String, Object> b = new LinkedHashMap<>(generated.get(i));
      @SuppressWarnings("unchecked")
      Map<String, Object> snapshot =
          new LinkedHashMap<>((Map<String, Object>) b.get("snapshotJson"));
      b.put("phone", r.phone());
      b.put("bookingStatusCode", r.status());
      snapshot.put("phone", r.phone());
      snapshot.put("startDateTime", "2026-11-27T06:00:00Z");
      snapshot.put("endDateTime", "2026-11-27T07:50:00Z");
      snapshot.put("bookingOptionJson", List.of());
      b.put("snapshotJson", snapshot);
      out.add(b);
    }
    return out;
  }

  /** {@code naver-sms plan} on the same bookings and records, at the same instant. */
  private JsonNode plan(List<Map<String, Object>> bookings, List<Map<String, Object>> records)
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path bookingsFile = dir.resolve("bookings.json");
    Path recordsFile = dir.resolve("records.json");
    json.writeValue(bookingsFile.toFile(), bookings);
    json.writeValue(recordsFile.toFile(), records);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit =
        cli.execute(
            "plan",
            "--bookings",
            bookingsFile.toString(),
            "--records",
            recordsFile.toString(),
            "--at",
            NOW.toOffsetDateTime().toString(),
            "--config",
            CONFIG.toString(),
            "--format",
            "json");
    assertThat(exit).as(err.toString()).isZero();
    return json.readTree(out.toString());
  }

  private static Map<String, Object> plainItem(RecordKey key, Row r) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("booking_num", key.bookingNum());
    item.put("phone", key.phone());
    item.put("name", "김테스트");
    item.put("booking_time", "2026-11-27 15:00:00");
    item.put("confirm_sms", r.confirmed());
    item.put("remind_sms", r.reminded());
    item.put("option_sms", false);
    item.put("option_time", "");
    return item;
  }

  /** The item as the Python systems put it (legacy attributes, their types). */
  private static Map<String, AttributeValue> pythonItem(RecordKey key, Row r) {
    Map<String, AttributeValue> item = new HashMap<>();
    plainItem(key, r)
        .forEach((name, value) ->
            item.put(
                name,
                value instanceof Boolean bool
                    ? AttributeValue.fromBool(bool)
                    : AttributeValue.fromS(value.toString())));
    return item;
  }

  private static StoredRecord record(RecordKey key, Row r) {
    return new StoredRecord(
        key,
        "김테스트",
        LocalDateTime.of(2026, 11, 27, 15, 0),
        r.confirmed(),
        r.reminded(),
        false,
        "",
        Map.of());
  }
}
