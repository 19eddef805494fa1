package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 1 from outside: the messages the planner holds back are in the message ledger. Real
 * {@code bin/naver-sms run} cycles against the simulator on a real SQLite file, with quiet hours
 * around the wall clock's now: each due confirmation is recorded {@code deferred} once however many
 * cycles hold it, an advertisement to an opted-out number {@code suppressed}, a cancelled booking's
 * deferred message {@code cancelled}; once the quiet hours are gone the confirmation goes and its
 * entry is the same one ({@code deferred → claimed → accepted}), kept {@code LEDGER_RETENTION_DAYS}
 * after that change. No output line holds a message text.
 */
class HeldBackMessagesE2ETest {
  private static final Duration T = Duration.ofMinutes(3);
  private static final ZoneOffset KST = ZoneOffset.ofHours(9);
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORE = "1000001";
  private static final String DEFERRED = "01000000601";
  private static final String OPTED_OUT = "01000000602";
  private static final String CANCELLED = "01000000603";

  private static final String RULES =
      """
      rules:
        - name: "Record"
          quiet_hours: false
          conditions:
            - type: "booking_not_in_db"
          actions:
            - type: "create_db_record"
        - name: "Confirm"
          conditions:
            - type: "booking_status"
              params: {status: "RC03"}
            - type: "flag_not_set"
              params: {flag: "confirm_sms"}
          actions:
            - type: "send_sms"
              params: {template: "held_confirm"}
            - type: "update_flag"
              params: {flag: "confirm_sms", value: true}
        - name: "Event"
          conditions:
            - type: "booking_status"
              params: {status: "RC03"}
            - type: "flag_not_set"
              params: {flag: "event_sms"}
          actions:
            - type: "send_sms"
              params: {template: "held_event"}
            - type: "update_flag"
              params: {flag: "event_sms", value: true}
      """;

  private static final String TEMPLATES =
      """
        held_confirm:
          content: "[예약확인] {{ booking.time }} 예약이 확정되었습니다"
        held_event:
          advertising: true
          content: |
            (광고) {{ store.name }}
            [EVENT] 리뷰 이벤트 안내
            무료수신거부 080-000-0000
      """;

  @Test
  void heldBackMessages_areOneLedgerEntryEach_andTheLaterSendMovesTheSameEntryOn(@TempDir Path work)
      throws Exception {
    LocalTime now = LocalTime.now(KST).truncatedTo(ChronoUnit.MINUTES);
    String until = now.plusHours(1).format(HHMM);
    Path quiet =
        ShippedConfig.withRules(
            work.resolve("quiet"),
            "quiet_hours:\n  start: \""
                + now.minusHours(1).format(HHMM)
                + "\"\n  end: \""
                + until
                + "\"\n"
                + RULES,
            TEMPLATES);
    Path open = ShippedConfig.withRules(work.resolve("open"), RULES, TEMPLATES);
    List<Result> runs = new ArrayList<>();
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Path db = Path.of(sim.env().get("SQLITE_PATH"));
      Map<String, String> quietEnv = sim.env(Map.of("NAVER_SMS_CONFIG_DIR", quiet.toString()));
      OffsetDateTime start = OffsetDateTime.now(KST).truncatedTo(ChronoUnit.MINUTES).plusHours(5);
      long deferred = control.addBooking(STORE, "한예시", DEFERRED, start);
      long optedOut = control.addBooking(STORE, "두예시", OPTED_OUT, start);
      long cancelled = control.addBooking(STORE, "세예시", CANCELLED, start);
      runs.add(Product.run(quietEnv, work, T, "run", "--init-state").assertExit(0));
      Product.run(quietEnv, work, T, "optout", "add", OPTED_OUT).assertExit(0).assertNoFullPhone();

      runs.add(Product.run(quietEnv, work, T, "run").assertExit(0));
      runs.add(Product.run(quietEnv, work, T, "run").assertExit(0));

      assertThat(control.sensAccepted()).as("nothing goes in quiet hours").isEmpty();
      JsonNode confirm = entry(db, STORE + "_" + deferred, "confirm_sms");
      assertThat(confirm.path("state").asText()).isEqualTo("deferred");
      assertThat(confirm.path("text").asText()).startsWith("[예약확인] ");
      assertThat(confirm.path("history"))
          .as("one step, though three cycles held it back")
          .singleElement()
          .satisfies(h ->
              assertThat(h.path("detail").asText())
                  .isEqualTo("deferred by quiet hours until " + until));
      JsonNode ad = entry(db, STORE + "_" + optedOut, "event_sms");
      assertThat(ad.path("state").asText()).isEqualTo("suppressed");
      JsonNode steps = ad.path("history");
      assertThat(steps.get(steps.size() - 1).path("detail").asText())
          .as("deferred by the first cycle, before the number was on the list; then suppressed")
          .isEqualTo("010-****-0602 opted out of advertising");
      assertThat(rows(db)).as("one entry per message: 3 confirmations, 3 events").hasSize(6);

      control.updateBooking(cancelled, Map.of("status", "RC04"));
      runs.add(Product.run(quietEnv, work, T, "run").assertExit(0));
      JsonNode gone = entry(db, STORE + "_" + cancelled, "confirm_sms");
      assertThat(gone.path("state").asText()).isEqualTo("cancelled");
      assertThat(gone.path("history").get(1).path("detail").asText())
          .isEqualTo("booking cancelled");

      Map<String, String> openEnv =
          new HashMap<>(sim.env(Map.of("NAVER_SMS_CONFIG_DIR", open.toString())));
      openEnv.put("LEDGER_RETENTION_DAYS", "30");
      runs.add(Product.run(openEnv, work, T, "run").assertExit(0));

      assertThat(control.sensAcceptedTo(DEFERRED))
          .filteredOn(m -> m.path("content").asText().startsWith("[예약확인]"))
          .hasSize(1);
      assertThat(control.sensAcceptedTo(OPTED_OUT))
          .noneMatch(m -> m.path("content").asText().contains("(광고)"));
      assertThat(control.sensAcceptedTo(CANCELLED)).isEmpty();
      JsonNode sent = entry(db, STORE + "_" + deferred, "confirm_sms");
      assertThat(sent.path("entry").asText()).isEqualTo(confirm.path("entry").asText());
      assertThat(sent.path("state").asText()).isEqualTo("accepted");
      assertThat(sent.path("history").findValuesAsText("state"))
          .containsExactly("deferred", "claimed", "accepted");
      long expires = sent.path("expires_at").asLong();
      assertThat(expires)
          .as("kept LEDGER_RETENTION_DAYS=30 after its last change")
          .isBetween(
              Instant.now().plus(Duration.ofDays(30)).minusSeconds(600).getEpochSecond(),
              Instant.now().plus(Duration.ofDays(30)).plusSeconds(60).getEpochSecond());
      assertThat(entry(db, STORE + "_" + cancelled, "confirm_sms").path("state").asText())
          .isEqualTo("cancelled");

      List<String> texts = new ArrayList<>();
      for (JsonNode row : rows(db)) {
        row.path("text")
            .asText()
            .lines()
            .map(String::strip)
            .filter(l -> l.length() >= 8)
            .forEach(texts::add);
      }
      assertThat(texts).isNotEmpty();
      for (Result r : runs) {
        r.assertNoFullPhone();
        for (String line : texts) {
          assertThat(r.stdout().contains(line) || r.stderr().contains(line))
              .as("an output line holds the text line '%s'", line)
              .isFalse();
        }
      }
    }
  }

  /** The one ledger entry of {@code message} for {@code bookingNum}, as its stored item. */
  private static JsonNode entry(Path db, String bookingNum, String message) throws Exception {
    List<JsonNode> found =
        rows(db).stream()
            .filter(r -> r.path("booking_num").asText().equals(bookingNum))
            .filter(r -> r.path("message").asText().equals(message))
            .toList();
    assertThat(found).as("entries of %s %s", bookingNum, message).hasSize(1);
    return found.getFirst();
  }

  private static List<JsonNode> rows(Path db) throws SQLException, IOException {
    List<JsonNode> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement s = c.prepareStatement("SELECT item, expires_at FROM sms_messages");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        com.fasterxml.jackson.databind.node.ObjectNode item =
            (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(rs.getString(1));
        item.put("expires_at", rs.getLong(2));
        out.add(item);
      }
    }
    return out;
  }
}
