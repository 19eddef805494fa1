package com.naversms.adapters.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogEvent.Level;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JsonEventLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T03:10:00.123Z"), ZoneOffset.UTC);

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private List<JsonNode> lines() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  @Test
  void writesOneObjectPerLine_withEveryFieldAtTheTopLevel() throws Exception {
    JsonEventLog log = new JsonEventLog(stream, CLOCK, Level.INFO);
    log.requestId("req-1");
    Map<LogField, Object> fields = new LinkedHashMap<>();
    fields.put(LogField.ACTION_TYPE, ActionType.SEND_SMS);
    fields.put(LogField.STATUS, Status.SUCCESS);
    fields.put(LogField.BOOKING_ID, "1000001_5001");
    fields.put(LogField.DURATION_MS, 12);
    log.write(LogEvent.info("SMS sent", fields));

    JsonNode line = lines().get(0);
    assertThat(line.get("timestamp").asText()).isEqualTo("2026-11-27T03:10:00.123Z");
    assertThat(line.get("level").asText()).isEqualTo("INFO");
    assertThat(line.get("message").asText()).isEqualTo("SMS sent");
    assertThat(line.get("request_id").asText()).isEqualTo("req-1");
    assertThat(line.get("action_type").asText()).isEqualTo("send_sms");
    assertThat(line.get("status").asText()).isEqualTo("success");
    assertThat(line.get("booking_id").asText()).isEqualTo("1000001_5001");
    assertThat(line.get("duration_ms").asInt()).isEqualTo(12);
  }

  @Test
  void everyKeyWrittenIsALogField() throws Exception {
    JsonEventLog log = new JsonEventLog(stream, CLOCK, Level.DEBUG);
    Map<LogField, Object> fields = new LinkedHashMap<>();
    for (LogField f : LogField.values()) {
      fields.put(f, "x");
    }
    log.write(LogEvent.info("all", fields));
    List<String> known = new ArrayList<>();
    for (LogField f : LogField.values()) {
      known.add(f.key());
    }
    lines().get(0).fieldNames().forEachRemaining(k -> assertThat(known).contains(k));
  }

  @Test
  void masksPhonesNamesAndSecrets_evenWhenTheCallerForgot() throws Exception {
    JsonEventLog log = new JsonEventLog(stream, CLOCK, Level.INFO);
    log.redactSecrets(List.of("s3cr3t-token-value", "pw"));
    Map<LogField, Object> fields = new LinkedHashMap<>();
    fields.put(LogField.PHONE_MASKED, "01000001234");
    fields.put(LogField.NAME_MASKED, "김민수");
    fields.put(LogField.ERROR_MESSAGE, "auth failed for 010-0000-5678 with s3cr3t-token-value");
    fields.put(LogField.DB_OLD, Map.of("name", "이영희", "phone", "010-0000-9999"));
    log.write(LogEvent.warn("call 010 0000 4321 failed", fields));

    String raw = bytes.toString(StandardCharsets.UTF_8);
    assertThat(raw).doesNotContain("01000001234", "0000-5678", "김민수", "이영희", "0000-9999", "s3cr3t");
    JsonNode line = lines().get(0);
    assertThat(line.get("phone_masked").asText()).isEqualTo("010-****-1234");
    assertThat(line.get("name_masked").asText()).isEqualTo("김*수");
    assertThat(line.get("error_message").asText())
        .isEqualTo("auth failed for 010-****-5678 with ***");
    assertThat(line.get("db_old").get("name").asText()).isEqualTo("이*희");
    assertThat(line.get("message").asText()).isEqualTo("call 010-****-4321 failed");
  }

  @Test
  void leavesBookingIdsAndAlreadyMaskedValuesAlone() throws Exception {
    JsonEventLog log = new JsonEventLog(stream, CLOCK, Level.INFO);
    Map<LogField, Object> fields = new LinkedHashMap<>();
    fields.put(LogField.BOOKING_ID, "1000001_20100001234");
    fields.put(LogField.PHONE_MASKED, "010-****-1234");
    fields.put(LogField.NAME_MASKED, "김*수");
    log.write(LogEvent.info("ok", fields));
    JsonNode line = lines().get(0);
    assertThat(line.get("booking_id").asText()).isEqualTo("1000001_20100001234");
    assertThat(line.get("phone_masked").asText()).isEqualTo("010-****-1234");
    assertThat(line.get("name_masked").asText()).isEqualTo("김*수");
  }

  @Test
  void honoursTheMinimumLevel() throws Exception {
    JsonEventLog log = new JsonEventLog(stream, CLOCK, LogLevels.parse("warn"));
    log.write(new LogEvent(Level.DEBUG, "d", Map.of()));
    log.write(LogEvent.info("i", Map.of()));
    log.write(LogEvent.warn("w", Map.of()));
    log.write(LogEvent.error("e", Map.of()));
    assertThat(lines()).extracting(n -> n.get("message").asText()).containsExactly("w", "e");
    assertThat(LogLevels.parse(null)).isEqualTo(Level.INFO);
    assertThat(LogLevels.parse("DEBUG")).isEqualTo(Level.DEBUG);
    assertThat(LogLevels.parse("ERROR")).isEqualTo(Level.ERROR);
  }

  @Test
  void anEventMayCarryItsOwnRequestId() throws Exception {
    JsonEventLog log = new JsonEventLog(stream, CLOCK, Level.INFO);
    log.requestId("cycle");
    log.write(LogEvent.info("own", Map.of(LogField.REQUEST_ID, "other")));
    log.write(LogEvent.info("cycle", Map.of()));
    assertThat(lines())
        .extracting(n -> n.get("request_id").asText())
        .containsExactly("other", "cycle");
  }

  @Test
  void linesFromManyThreadsNeverInterleave() throws Exception {
    JsonEventLog log = new JsonEventLog(stream, CLOCK, Level.INFO);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      int thread = t;
      pool.submit(() -> {
        for (int i = 0; i < 200; i++) {
          log.write(LogEvent.info("t" + thread, Map.of(LogField.COUNT, i)));
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(lines()).hasSize(800);
  }
}
