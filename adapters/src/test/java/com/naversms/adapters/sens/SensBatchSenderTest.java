package com.naversms.adapters.sens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.MessageType;
import com.naversms.core.secrets.SensCredentials;
import com.naversms.simulator.RecordedRequest;
import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.sens.SensMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Batched sends against the simulator: one {@code send} per message and thread, as the executor's
 * lanes call it, and what each request's answer means for each of its messages (docs/state.md 11).
 */
class SensBatchSenderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FROM = "0212345678";

  private final Simulator sim = Simulator.start();
  private final ExecutorService lanes = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    lanes.shutdownNow();
    sim.close();
  }

  private SensBatchSender sender(int batchSize, int inFlight) {
    SensSettings settings =
        SensSettings.production()
            .withBaseUrl(URI.create(sim.baseUrl()))
            .withRequestTimeout(Duration.ofSeconds(2))
            .withRetries(new Backoff(2, Duration.ofMillis(10), Duration.ofMillis(50)));
    SensSmsSender single =
        new SensSmsSender(
            settings,
            new SensCredentials(
                sim.sens().accessKey(), sim.sens().secretKey(), sim.sens().serviceId()),
            DeliveryMode.LIVE,
            Clock.systemUTC(),
            HttpTransport.withConnectTimeout(Duration.ofSeconds(1)),
            d -> {});
    return new SensBatchSender(single, batchSize, inFlight);
  }

  private static Message.Sms sms(int n, String text) {
    return new Message.Sms(
        String.format("0100000%04d", n), FROM, MessageType.SMS, "", text + " " + n);
  }

  private List<Future<SendResult>> sendAll(SensBatchSender sender, List<Message.Sms> messages) {
    List<Future<SendResult>> results = new ArrayList<>();
    for (Message.Sms m : messages) {
      results.add(lanes.submit(() -> sender.send(m)));
    }
    return results;
  }

  private static List<SendResult> results(List<Future<SendResult>> futures) throws Exception {
    List<SendResult> out = new ArrayList<>();
    for (Future<SendResult> f : futures) {
      out.add(f.get());
    }
    return out;
  }

  private List<JsonNode> bodies() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (RecordedRequest r : sim.requests(Routes.SENS_SEND)) {
      out.add(JSON.readTree(r.body()));
    }
    return out;
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(end);
      Thread.sleep(5);
    }
  }

  /**
   * The one request slot is held by a first message (its request answered after {@code hold});
   * {@code behind} messages queue meanwhile. Returns the first message's future, then theirs.
   */
  private List<Future<SendResult>> queueBehindOne(SensBatchSender sender, List<Message.Sms> behind)
      throws InterruptedException {
    sim.faults().on(Routes.SENS_SEND).latency(Duration.ofMillis(800)).times(1);
    List<Future<SendResult>> all = new ArrayList<>(sendAll(sender, List.of(sms(9999, "첫"))));
    waitFor(() -> sim.requests(Routes.SENS_SEND).size() == 1);
    all.addAll(sendAll(sender, behind));
    waitFor(() -> sender.queued() == behind.size());
    return all;
  }

  @Test
  void aBacklog_goesOutInFewRequests_atMostTheLimitOpen_eachMessageWithItsOwnText()
      throws Exception {
    sim.faults().on(Routes.SENS_SEND).latency(Duration.ofMillis(40));
    SensBatchSender sender = sender(25, 3);
    List<Message.Sms> messages =
        IntStream.range(0, 120).mapToObj(n -> sms(n, "예약이 확정되었습니다")).toList();

    List<SendResult> results = results(sendAll(sender, messages));

    assertThat(results).allMatch(r -> r instanceof SendResult.Accepted);
    Map<String, String> textByNumber =
        sim.sens().accepted().stream()
            .collect(Collectors.toMap(SensMessage::to, SensMessage::content));
    assertThat(textByNumber).hasSize(120);
    messages.forEach(m -> assertThat(textByNumber).containsEntry(m.to(), m.text()));
    assertThat(sim.maxInFlight(Routes.SENS_SEND)).isBetween(1, 3);
    List<JsonNode> bodies = bodies();
    assertThat(bodies.size()).isLessThan(120);
    assertThat(bodies).allMatch(b -> b.path("messages").size() <= 25);
    // a request id names one message per number: the carrier check asks by both
    for (JsonNode b : bodies) {
      List<String> to = new ArrayList<>();
      b.path("messages").forEach(m -> to.add(m.path("to").asText()));
      assertThat(to).doesNotHaveDuplicates();
    }
  }

  @Test
  void messagesQueuedBehindABusySlot_goTogether_underOneRequestId() throws Exception {
    SensBatchSender sender = sender(100, 1);
    List<Message.Sms> behind = IntStream.range(0, 10).mapToObj(n -> sms(n, "안내")).toList();

    List<SendResult> results = results(queueBehindOne(sender, behind));

    List<JsonNode> bodies = bodies();
    assertThat(bodies).hasSize(2);
    JsonNode batch = bodies.get(1);
    assertThat(batch.path("type").asText()).isEqualTo("SMS");
    assertThat(batch.path("from").asText()).isEqualTo(FROM);
    assertThat(batch.path("messages")).hasSize(10);
    batch
        .path("messages")
        .forEach(m ->
            assertThat(m.path("content").asText())
                .isEqualTo("안내 " + Integer.parseInt(m.path("to").asText().substring(7))));
    String second = ((SendResult.Accepted) results.get(1)).requestId();
    assertThat(results.subList(1, 11)).allMatch(r -> r.equals(new SendResult.Accepted(second)));
    assertThat(results.get(0)).isNotEqualTo(results.get(1));
  }

  @Test
  void twoMessagesToOneNumber_neverShareARequest() throws Exception {
    SensBatchSender sender = sender(100, 1);
    List<Message.Sms> behind = List.of(sms(1, "확정"), sms(1, "안내"), sms(2, "확정"));

    List<SendResult> results = results(queueBehindOne(sender, behind));

    assertThat(results).allMatch(r -> r instanceof SendResult.Accepted);
    assertThat(bodies()).hasSize(3);
    assertThat(bodies().get(1).path("messages")).hasSize(2);
  }

  @Test
  void aRefusedBatch_isSplit_untilTheMessageSensRefusesIsAlone() throws Exception {
    SensBatchSender sender = sender(100, 1);
    List<Message.Sms> behind = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      // 똠 passes our CP949 check; SENS (EUC-KR) refuses the whole request that carries it
      behind.add(sms(n, n == 5 ? "김똠 님 예약" : "예약"));
    }

    List<SendResult> results = results(queueBehindOne(sender, behind));

    for (int n = 0; n < 8; n++) {
      SendResult r = results.get(n + 1);
      if (n == 5) {
        assertThat(r).isInstanceOf(SendResult.Rejected.class);
        assertThat(((SendResult.Rejected) r).httpStatus()).isEqualTo(400);
      } else {
        assertThat(r).as("message %d", n).isInstanceOf(SendResult.Accepted.class);
      }
    }
    assertThat(sim.sens().accepted()).hasSize(8); // the first and seven of the eight
    // 8 -> 4 + 4 -> (4: 2 + 2 -> 1 + 1): the refused message costs log2(8) extra requests
    assertThat(sim.requests(Routes.SENS_SEND)).hasSize(1 + 1 + 2 + 2 + 2);
  }

  @Test
  void anAnswerLostAfterTheRequestLeft_makesEveryMessageOfThatRequestUncertain_onlyThat()
      throws Exception {
    SensBatchSender sender = sender(100, 1);
    List<Message.Sms> behind = IntStream.range(0, 6).mapToObj(n -> sms(n, "안내")).toList();
    List<Future<SendResult>> futures = queueBehindOne(sender, behind);
    // the second request (the batch of six) is taken by SENS and its answer lost
    sim.faults().on(Routes.SENS_SEND).dropConnectionAfterHandling().times(1);

    List<SendResult> results = results(futures);

    assertThat(results.get(0)).isInstanceOf(SendResult.Accepted.class);
    assertThat(results.subList(1, 7)).allMatch(r -> r instanceof SendResult.Uncertain);
    assertThat(sim.sens().accepted()).hasSize(7); // SENS has them: never sent again
    assertThat(sim.requests(Routes.SENS_SEND)).hasSize(2);
  }

  @Test
  void serverErrors_retryTheBatchAsOne_thenFailEveryMessage_andUnauthorizedFailsAllAtOnce()
      throws Exception {
    SensBatchSender sender = sender(100, 1);
    List<Message.Sms> behind = IntStream.range(0, 4).mapToObj(n -> sms(n, "안내")).toList();
    List<Future<SendResult>> futures = queueBehindOne(sender, behind);
    sim.faults().on(Routes.SENS_SEND).status(503).times(2);

    List<SendResult> results = results(futures);

    assertThat(results.subList(1, 5)).allMatch(r -> r instanceof SendResult.Failed);
    assertThat(sim.requests(Routes.SENS_SEND)).hasSize(1 + 2); // two attempts of the batch

    sim.faults().clear();
    sim.faults().on(Routes.SENS_SEND).status(401);
    List<SendResult> refused = results(sendAll(sender, behind));
    assertThat(refused).allMatch(r -> r instanceof SendResult.Unauthorized);
  }

  @Test
  void aMessageSensWouldCut_isRejectedBeforeAnyRequest_andOthersGoOn() throws Exception {
    SensBatchSender sender = sender(100, 2);
    Message.Sms tooLong = new Message.Sms("01000000001", FROM, MessageType.SMS, "", "가".repeat(60));

    SendResult result = sender.send(tooLong);

    assertThat(result).isInstanceOf(SendResult.Rejected.class);
    assertThat(sim.requests(Routes.SENS_SEND)).isEmpty();
    assertThat(sender.send(sms(2, "안내"))).isInstanceOf(SendResult.Accepted.class);
  }
}
