package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 items 1, 2 and 6 from outside: {@code naver-sms run} as a child process against the
 * simulator, whose SENS fails one number at the carrier. The message ledger (the state file's
 * {@code sms_messages}) records it with SENS's code; it is reported once (Telegram, an ERROR line
 * with the code, {@code SMSDeliveryFailed}); expired ledger rows go; no output line holds a text.
 */
class CarrierReportE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORE = "1000001";

  /** A slot five hours ahead: only the confirmation is due, in every run of the test. */
  private static OffsetDateTime slotAhead() {
    return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusHours(5).truncatedTo(ChronoUnit.MINUTES);
  }

  private static Result run(SimulatorProcess sim, Path work, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", "--config", Repo.config().toString()));
    args.addAll(List.of(extra));
    return Product.run(sim.env(), work, RUN_TIMEOUT, args.toArray(String[]::new))
        .assertNoFullPhone()
        .assertExit(0);
  }

  private static List<String> carrierReports(SimControl control) {
    return control.telegram().stream()
        .map(m -> m.path("text").asText())
        .filter(t -> t.contains("문자 전달 실패"))
        .toList();
  }

  @Test
  void aCarrierFailure_isRecordedWithItsCode_reportedOnce_andCounted(@TempDir Path work)
      throws SQLException {
    String failing = "01000000161";
    String fine = "01000000162";
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Path state = Path.of(sim.env().get("SQLITE_PATH"));
      control.outcome(failing, "failed", "3018");
      long failingId = control.addBooking(STORE, "한예시", failing, slotAhead());
      long fineId = control.addBooking(STORE, "두예시", fine, slotAhead());
      List<Result> runs = new ArrayList<>();

      runs.add(run(sim, work, "--init-state"));
      assertThat(control.sensAcceptedTo(failing)).hasSize(1);
      assertThat(rows(state))
          .containsEntry(STORE + "_" + failingId, "accepted")
          .containsEntry(STORE + "_" + fineId, "accepted");
      insertExpiredRow(state, STORE + "_" + fineId);

      runs.add(run(sim, work));

      assertThat(rows(state))
          .as("the carrier's results; the expired row is gone")
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  STORE + "_" + failingId, "failed_at_carrier",
                  STORE + "_" + fineId, "delivered"));
      JsonNode item = item(state, STORE + "_" + failingId);
      assertThat(item.path("result_code").asText()).isEqualTo("3018");
      assertThat(item.path("telco").asText()).isEqualTo("SKT");
      assertThat(item.path("template").asText()).isNotEmpty();
      assertThat(carrierReports(control))
          .singleElement()
          .satisfies(t -> assertThat(t).contains("010-****-0161").contains("3018"));
      List<JsonNode> second = runs.get(1).jsonLines();
      assertThat(second)
          .anySatisfy(l -> {
            assertThat(l.path("level").asText()).isEqualTo("ERROR");
            assertThat(l.path("error_type").asText()).isEqualTo("3018");
            assertThat(l.path("phone_masked").asText()).isEqualTo("010-****-0161");
          });
      assertThat(second)
          .anySatisfy(l -> assertThat(l.path("SMSDeliveryFailed").asInt()).isEqualTo(1));

      runs.add(run(sim, work));

      assertThat(carrierReports(control)).as("reported once").hasSize(1);
      List<JsonNode> third = runs.get(2).jsonLines();
      assertThat(third)
          .anySatisfy(l -> assertThat(l.path("SMSDeliveryFailed").isMissingNode()).isFalse())
          .noneSatisfy(l -> assertThat(l.path("SMSDeliveryFailed").asInt()).isEqualTo(1));
      assertThat(third)
          .noneSatisfy(l -> assertThat(l.path("error_type").asText()).isEqualTo("3018"));

      List<String> texts = new ArrayList<>();
      control.sensAccepted().forEach(m -> texts.add(m.path("content").asText()));
      assertThat(texts).hasSize(2).allMatch(t -> t.length() > 10);
      List<String> textLines =
          texts.stream()
              .flatMap(String::lines)
              .map(String::strip)
              .filter(l -> l.length() >= 15)
              .toList();
      assertThat(textLines).isNotEmpty();
      for (Result r : runs) {
        for (String line : textLines) {
          assertThat(r.stdout() + r.stderr())
              .as("no output line holds a line of a message text")
              .doesNotContain(line);
        }
      }
    }
  }

  /** booking_num → state of every ledger row. */
  private static Map<String, String> rows(Path state) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state);
        PreparedStatement s = c.prepareStatement("SELECT booking_num, state FROM sms_messages");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  private static JsonNode item(Path state, String bookingNum) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state);
        PreparedStatement s =
            c.prepareStatement("SELECT item FROM sms_messages WHERE booking_num = ?")) {
      s.setString(1, bookingNum);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return JSON.readTree(rs.getString(1));
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** A row whose retention ended long ago (as if written 200 days back), of another booking. */
  private static void insertExpiredRow(Path state, String like) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state);
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO sms_messages SELECT booking_num || '_old', entry, phone, state,"
                    + " created_at, accepted_at, 1000, item FROM sms_messages WHERE booking_num = ?")) {
      s.setString(1, like);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }
}
