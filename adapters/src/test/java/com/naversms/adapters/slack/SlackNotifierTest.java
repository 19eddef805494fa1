package com.naversms.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.core.delivery.Notifier.Delivery;
import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.slack.SlackMessage;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackNotifierTest {
  private final Simulator sim = Simulator.start();
  private final List<Duration> waits = new ArrayList<>();
  private final SlackSettings settings =
      SlackSettings.production()
          .withRetries(
              new Backoff(3, Duration.ofMillis(10), Duration.ofSeconds(30)), Duration.ofSeconds(5));
  private final HttpTransport transport = HttpTransport.withConnectTimeout(Duration.ofSeconds(1));

  @AfterEach
  void stop() {
    sim.close();
  }

  private SlackWebhookNotifier webhook(String path) {
    return new SlackWebhookNotifier(
        URI.create(sim.baseUrl() + path), settings, transport, waits::add);
  }

  private SlackWebhookNotifier webhook() {
    return webhook(sim.slack().webhookPath());
  }

  private SlackApiNotifier api(String token) {
    return new SlackApiNotifier(
        URI.create(sim.baseUrl() + "/api"),
        token,
        "#naver_sms_auto_notify",
        settings,
        transport,
        waits::add);
  }

  @Test
  void webhook_posts_andIgnoresTheChannel() {
    assertThat(webhook().send("#ops", "*Daily summary*")).isEqualTo(new Delivery.Delivered());

    SlackMessage message = sim.slack().messages().get(0);
    assertThat(message.via()).isEqualTo(SlackMessage.VIA_WEBHOOK);
    assertThat(message.text()).isEqualTo("*Daily summary*");
  }

  @Test
  void webhook_invalidPayload_isNotDelivered_withoutRetry() {
    sim.faults().on(Routes.SLACK_WEBHOOK).status(400).times(1);

    assertThat(webhook().send("", "hello"))
        .isEqualTo(new Delivery.NotDelivered("HTTP 400: invalid_payload"));
    assertThat(sim.requests(Routes.SLACK_WEBHOOK)).hasSize(1);
  }

  @Test
  void webhook_rateLimit_waitsRetryAfter_thenDelivers() {
    sim.faults().on(Routes.SLACK_WEBHOOK).status(429).times(1).retryAfter(2);

    assertThat(webhook().send("", "hello")).isEqualTo(new Delivery.Delivered());
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
    assertThat(sim.requests(Routes.SLACK_WEBHOOK)).hasSize(2);
  }

  @Test
  void webhook_retryAfterOverTheLimit_givesUp() {
    sim.faults().on(Routes.SLACK_WEBHOOK).status(429).retryAfter(120);

    assertThat(webhook().send("", "hello")).isInstanceOf(Delivery.NotDelivered.class);
    assertThat(sim.requests(Routes.SLACK_WEBHOOK)).hasSize(1);
  }

  @Test
  void webhook_unknownHook_doesNotLeakTheUrl() {
    Delivery delivery = webhook("/services/T9/B9/SECRETPART").send("", "hello");

    assertThat(delivery).isEqualTo(new Delivery.NotDelivered("HTTP 404: no_service"));
  }

  @Test
  void longText_goesInPartsOfAtMost3000() {
    String text = ("• 김*수 010-****-1234 전문가 보정 2\n").repeat(300);

    assertThat(webhook().send("", text)).isEqualTo(new Delivery.Delivered());

    List<String> parts = sim.slack().messages().stream().map(SlackMessage::text).toList();
    assertThat(parts.size()).isGreaterThan(1);
    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(3000));
    assertThat(String.join("", parts)).isEqualTo(text);
  }

  @Test
  void api_postsToTheGivenChannel_orTheDefault() {
    SlackApiNotifier notifier = api(sim.slack().botToken());

    assertThat(notifier.send("#ops", "one")).isEqualTo(new Delivery.Delivered());
    assertThat(notifier.send("", "two")).isEqualTo(new Delivery.Delivered());

    assertThat(sim.slack().messages())
        .extracting(SlackMessage::channel)
        .containsExactly("#ops", "#naver_sms_auto_notify");
  }

  @Test
  void api_okFalse_isNotDelivered_withSlacksError() {
    assertThat(api("xoxb-wrong").send("#ops", "hello"))
        .isEqualTo(new Delivery.NotDelivered("ok:false invalid_auth"));
    assertThat(sim.requests(Routes.SLACK_POST_MESSAGE)).hasSize(1);
  }

  @Test
  void api_unknownChannel_isNotDelivered() {
    sim.slack().acceptAnyChannel(false);

    assertThat(api(sim.slack().botToken()).send("#nowhere", "hello"))
        .isEqualTo(new Delivery.NotDelivered("ok:false channel_not_found"));
  }

  @Test
  void api_rateLimit_waitsRetryAfter_thenDelivers() {
    sim.faults().on(Routes.SLACK_POST_MESSAGE).status(429).times(1).retryAfter(4);

    assertThat(api(sim.slack().botToken()).send("#ops", "hello"))
        .isEqualTo(new Delivery.Delivered());
    assertThat(waits).containsExactly(Duration.ofSeconds(4));
  }
}
