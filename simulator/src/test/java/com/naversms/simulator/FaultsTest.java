package com.naversms.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.simulator.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  static final Simulator SIM = Simulator.start();
  static final String HOOK = SIM.baseUrl() + SIM.slack().webhookPath();

  @AfterAll
  static void stop() {
    SIM.close();
  }

  @BeforeEach
  void reset() {
    SIM.reset();
  }

  static HttpResponse<String> post() {
    return Http.postJson(HOOK, "{\"text\":\"x\"}");
  }

  @Test
  void status_timesN_failsThatManyThenRecovers() {
    SIM.faults().on(Routes.SLACK_WEBHOOK).status(503).times(2);
    assertThat(post().statusCode()).isEqualTo(503);
    assertThat(post().statusCode()).isEqualTo(503);
    assertThat(post().statusCode()).isEqualTo(200);
    assertThat(SIM.slack().messages()).hasSize(1);
    assertThat(SIM.requests(Routes.SLACK_WEBHOOK)).hasSize(3);
  }

  @Test
  void status_withoutTimes_failsEveryRequest_untilCleared() {
    SIM.faults().on(Routes.SLACK_WEBHOOK).status(500);
    assertThat(post().statusCode()).isEqualTo(500);
    assertThat(post().statusCode()).isEqualTo(500);
    SIM.faults().clear();
    assertThat(post().statusCode()).isEqualTo(200);
  }

  @Test
  void failNth_failsOnlyThatRequest() {
    SIM.faults().on(Routes.SLACK_WEBHOOK).failNth(2, 502);
    assertThat(post().statusCode()).isEqualTo(200);
    assertThat(post().statusCode()).isEqualTo(502);
    assertThat(post().statusCode()).isEqualTo(200);
  }

  @Test
  void nth_limitsAnyFaultToThatRequestOnly() {
    SIM.faults().on(Routes.SLACK_WEBHOOK).status(503).nth(2);
    assertThat(post().statusCode()).isEqualTo(200);
    assertThat(post().statusCode()).isEqualTo(503);
    assertThat(post().statusCode()).isEqualTo(200);
  }

  @Test
  void maxInFlight_isTheMostRequestsOfARouteOpenAtOnce() throws Exception {
    SIM.faults().on(Routes.SLACK_WEBHOOK).latency(Duration.ofMillis(300)).times(3);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      var calls = new java.util.ArrayList<java.util.concurrent.Future<?>>();
      for (int i = 0; i < 3; i++) {
        calls.add(pool.submit(FaultsTest::post));
      }
      for (var c : calls) {
        c.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(SIM.maxInFlight(Routes.SLACK_WEBHOOK)).isEqualTo(3);
    post();
    assertThat(SIM.maxInFlight(Routes.SLACK_WEBHOOK)).isEqualTo(3);
  }

  @Test
  void latency_delaysTheRouteOnly() {
    SIM.faults().on(Routes.SLACK_WEBHOOK).latency(Duration.ofMillis(300));
    long start = System.nanoTime();
    assertThat(post().statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    long other = System.nanoTime();
    Http.get(SIM.baseUrl() + "/");
    assertThat(Duration.ofNanos(System.nanoTime() - other)).isLessThan(Duration.ofMillis(300));
  }

  @Test
  void malformedBody_runsTheRouteButTheBodyDoesNotParse() {
    SIM.faults().on(Routes.TELEGRAM_SEND).malformedBody().times(1);
    HttpResponse<String> r =
        Http.postJson(
            SIM.baseUrl() + "/bot000000:SIM-TOKEN/sendMessage",
            "{\"chat_id\":\"-1000000000001\",\"text\":\"hi\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Json.parse(r.body())).isEmpty();
    assertThat(SIM.telegram().messages()).hasSize(1);
  }

  @Test
  void timeout_neverAnswersWithinTheClientTimeout() {
    SIM.faults().on(Routes.SLACK_WEBHOOK).timeout().times(1);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(HOOK))
            .timeout(Duration.ofMillis(300))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}"))
            .build();
    assertThatThrownBy(() -> Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(SIM.slack().messages()).isEmpty();
    assertThat(post().statusCode()).isEqualTo(200);
  }

  @Test
  void dropConnection_closesWithoutAnswer() {
    SIM.faults().on(Routes.SLACK_WEBHOOK).dropConnection();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(HOOK))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}"))
            .build();
    assertThatThrownBy(() -> Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    assertThat(SIM.slack().messages()).isEmpty();
    assertThat(SIM.requests(Routes.SLACK_WEBHOOK)).isNotEmpty();
  }

  @Test
  void dropAfterHandling_acceptsTheMessageButLosesTheAnswer() {
    SIM.faults().on(Routes.SLACK_WEBHOOK).dropConnectionAfterHandling().times(1);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(HOOK))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}"))
            .build();
    assertThatThrownBy(() -> Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    assertThat(SIM.slack().messages()).hasSize(1);
  }

  @Test
  void timeoutAfterHandling_acceptsTheMessageButNeverAnswers() {
    SIM.faults().on(Routes.SLACK_WEBHOOK).timeoutAfterHandling().times(1);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(HOOK))
            .timeout(Duration.ofMillis(300))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}"))
            .build();
    assertThatThrownBy(() -> Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(SIM.slack().messages()).hasSize(1);
  }

  @Test
  void everyRequestIsRecorded_includingFaultedOnes() {
    SIM.faults().on(Routes.SLACK_WEBHOOK).status(500).times(1);
    post();
    post();
    List<RecordedRequest> recorded = SIM.requests(Routes.SLACK_WEBHOOK);
    assertThat(recorded).hasSize(2);
    assertThat(recorded.get(0).method()).isEqualTo("POST");
    assertThat(recorded.get(0).path()).isEqualTo(SIM.slack().webhookPath());
    assertThat(recorded.get(0).header("Content-Type")).startsWith("application/json");
    assertThat(recorded.get(0).body()).isEqualTo("{\"text\":\"x\"}");
  }

  @Test
  void unknownRouteName_isRefused() {
    assertThatThrownBy(() -> SIM.faults().on("sens.sned"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownPath_is404_andRecordedAsUnmatched() {
    assertThat(Http.get(SIM.baseUrl() + "/nowhere").statusCode()).isEqualTo(404);
    assertThat(SIM.requests(Routes.UNMATCHED)).hasSize(1);
  }

  @Test
  void globalLatency_delaysEveryRequest_withoutSerialisingThem() throws Exception {
    try (Simulator slow =
        Simulator.start(SimulatorOptions.defaults().latency(Duration.ofMillis(200)))) {
      String hook = slow.baseUrl() + slow.slack().webhookPath();
      long start = System.nanoTime();
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(
            Http.CLIENT.sendAsync(
                HttpRequest.newBuilder(URI.create(hook))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
      }
      for (var call : calls) {
        assertThat(call.get().statusCode()).isEqualTo(200);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(took)
          .isGreaterThanOrEqualTo(Duration.ofMillis(200))
          .isLessThan(Duration.ofMillis(2000));
    }
  }
}
