package com.naversms.adapters.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.core.observability.MetricName;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmfMetricsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-27T03:10:00Z");

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final EmfMetrics metrics =
      new EmfMetrics(
          new PrintStream(bytes, true, StandardCharsets.UTF_8),
          Clock.fixed(NOW, ZoneOffset.UTC),
          Map.of());

  private List<JsonNode> documents() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  @Test
  void everyMetricNameFlushesAsAValidEmfDocumentOfItsNamespace() throws Exception {
    for (MetricName m : MetricName.values()) {
      metrics.add(m, 1);
    }
    metrics.flush();

    List<JsonNode> docs = documents();
    assertThat(docs).hasSize(2);
    Map<String, String> seenUnits = new HashMap<>();
    for (JsonNode doc : docs) {
      JsonNode aws = doc.get("_aws");
      assertThat(aws.get("Timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
      JsonNode directive = aws.get("CloudWatchMetrics").get(0);
      String namespace = directive.get("Namespace").asText();
      assertThat(directive.get("Dimensions").get(0).get(0).asText()).isEqualTo("Service");
      assertThat(doc.get("Service").asText()).isEqualTo("naver-sms-automation");
      for (JsonNode def : directive.get("Metrics")) {
        String name = def.get("Name").asText();
        MetricName metric = byName(name);
        assertThat(metric.namespace()).isEqualTo(namespace);
        assertThat(doc.get(name).asDouble()).isEqualTo(1.0);
        seenUnits.put(name, def.get("Unit").asText());
      }
    }
    for (MetricName m : MetricName.values()) {
      assertThat(seenUnits).containsEntry(m.metricName(), m.unit().emfName());
    }
  }

  @Test
  void countsAreSummedAndOtherUnitsKeepEachValue() throws Exception {
    metrics.add(MetricName.SMS_SENT, 1);
    metrics.add(MetricName.SMS_SENT, 2);
    metrics.add(MetricName.CYCLE_DURATION, 120);
    metrics.add(MetricName.CYCLE_DURATION, 80);
    metrics.flush();
    JsonNode doc = documents().get(0);
    assertThat(doc.get("SMSSent").asDouble()).isEqualTo(3.0);
    assertThat(doc.get("CycleDuration").isArray()).isTrue();
    assertThat(doc.get("CycleDuration").get(1).asDouble()).isEqualTo(80.0);
  }

  @Test
  void extraDimensionsMakeTheirOwnDocument_andFlushEmpties() throws Exception {
    metrics.add(MetricName.BOOKINGS_FETCHED, 4, Map.of("StoreId", "1000001"));
    metrics.add(MetricName.BOOKINGS_FETCHED, 2);
    metrics.flush();
    metrics.flush();
    List<JsonNode> docs = documents();
    assertThat(docs).hasSize(2);
    JsonNode perStore = docs.get(0);
    assertThat(perStore.get("StoreId").asText()).isEqualTo("1000001");
    assertThat(perStore.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions").get(0))
        .extracting(JsonNode::asText)
        .containsExactly("Service", "StoreId");
  }

  @Test
  void messageCost_isSummedPerChannel_inKrwWithoutAUnit() throws Exception {
    Map<String, String> alimTalk = Map.of(MetricName.CHANNEL_DIMENSION, "AlimTalk");
    metrics.add(MetricName.MESSAGE_COST, 0, alimTalk); // the cycle's zero
    metrics.add(MetricName.MESSAGE_COST, 22.5, alimTalk);
    metrics.flush();
    JsonNode doc = documents().getFirst();
    assertThat(doc.get("MessageCost").asDouble()).isEqualTo(22.5);
    assertThat(doc.get("Channel").asText()).isEqualTo("AlimTalk");
    assertThat(
            doc.get("_aws")
                .get("CloudWatchMetrics")
                .get(0)
                .get("Metrics")
                .get(0)
                .get("Unit")
                .asText())
        .isEqualTo("None");
  }

  private static MetricName byName(String name) {
    for (MetricName m : MetricName.values()) {
      if (m.metricName().equals(name)) {
        return m;
      }
    }
    throw new AssertionError("emitted metric not in MetricName: " + name);
  }
}
