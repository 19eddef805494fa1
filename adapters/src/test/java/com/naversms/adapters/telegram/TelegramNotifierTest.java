package com.naversms.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.core.delivery.Notifier.Delivery;
import com.naversms.core.secrets.TelegramCredentials;
import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.telegram.TelegramMessage;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramNotifierTest {
  private final Simulator sim = Simulator.start();
  private final List<Duration> waits = new ArrayList<>();

  @AfterEach
  void stop() {
    sim.close();
  }

  private TelegramNotifier notifier(ParseMode mode, String token) {
    TelegramSettings settings =
        TelegramSettings.production()
            .withBaseUrl(URI.create(sim.baseUrl()))
            .withParseMode(mode)
            .withRetries(
                new Backoff(3, Duration.ofMillis(10), Duration.ofSeconds(30)),
                Duration.ofSeconds(5));
    return new TelegramNotifier(
        settings,
        new TelegramCredentials(token, sim.telegram().chatId()),
        HttpTransport.withConnectTimeout(Duration.ofSeconds(1)),
        waits::add);
  }

  private TelegramNotifier notifier() {
    return notifier(ParseMode.NONE, sim.telegram().botToken());
  }

  @Test
  void sendsToTheConfiguredChat() {
    assertThat(notifier().send("", "예약확정 화성새솔점 김*수 1234")).isEqualTo(new Delivery.Delivered());

    TelegramMessage message = sim.telegram().messages().get(0);
    assertThat(message.chatId()).isEqualTo(sim.telegram().chatId());
    assertThat(message.text()).isEqualTo("예약확정 화성새솔점 김*수 1234");
    assertThat(message.parseMode()).isNull();
  }

  /**
   * Templates escape what a booking prints for Telegram as plain text (core {@code
   * Destination.TELEGRAM}): the production notifier must send without a parse mode, so markup a
   * customer typed stays words.
   */
  @Test
  void productionSettings_sendPlainText_soMarkupInACustomersNameStaysWords() {
    assertThat(TelegramSettings.production().parseMode()).isEqualTo(ParseMode.NONE);
    String typed = "예약확정 <b>김</b> *별* _밑줄_ [링크](https://evil.example) <a href=\"x\">y</a>";

    assertThat(notifier().send("", typed)).isEqualTo(new Delivery.Delivered());

    TelegramMessage message = sim.telegram().messages().get(0);
    assertThat(message.parseMode()).isNull();
    assertThat(message.text()).isEqualTo(typed);
  }

  @Test
  void tenThousandCharacters_goAsPartsOfAtMost4096_atLineBreaks() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 10_000; i++) {
      text.append("line ").append(i).append(' ').append("x".repeat(90)).append('\n');
    }

    assertThat(notifier().send("", text.toString())).isEqualTo(new Delivery.Delivered());

    List<String> parts = sim.telegram().messages().stream().map(TelegramMessage::text).toList();
    assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
    assertThat(parts).allSatisfy(p -> assertThat(p).endsWith("\n"));
    assertThat(String.join("", parts)).isEqualTo(text.toString());
  }

  @Test
  void floodControl_waitsRetryAfter_thenDelivers() {
    sim.faults().on(Routes.TELEGRAM_SEND).status(429).times(1).retryAfter(3);

    assertThat(notifier().send("", "hello")).isEqualTo(new Delivery.Delivered());
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
    assertThat(sim.requests(Routes.TELEGRAM_SEND)).hasSize(2);
  }

  @Test
  void floodWaitLongerThanTheLimit_givesUpAtOnce() {
    sim.faults().on(Routes.TELEGRAM_SEND).status(429).retryAfter(60);

    Delivery delivery = notifier().send("", "hello");

    assertThat(delivery).isInstanceOf(Delivery.NotDelivered.class);
    assertThat(((Delivery.NotDelivered) delivery).reason()).contains("429").contains("60 s");
    assertThat(waits).isEmpty();
    assertThat(sim.requests(Routes.TELEGRAM_SEND)).hasSize(1);
  }

  @Test
  void unparsableMarkup_isResentOnceAsPlainText() {
    Delivery delivery = notifier(ParseMode.HTML, sim.telegram().botToken()).send("", "<b>김*수 1234");

    assertThat(delivery).isEqualTo(new Delivery.Delivered());
    assertThat(sim.requests(Routes.TELEGRAM_SEND)).hasSize(2);
    TelegramMessage message = sim.telegram().messages().get(0);
    assertThat(message.parseMode()).isNull();
    assertThat(message.text()).isEqualTo("<b>김*수 1234");
  }

  @Test
  void validMarkup_keepsItsParseMode() {
    notifier(ParseMode.HTML, sim.telegram().botToken())
        .send("", "<b>" + TelegramMarkup.escapeHtml("A&B <store>") + "</b>");

    assertThat(sim.telegram().messages().get(0).parseMode()).isEqualTo("HTML");
    assertThat(sim.requests(Routes.TELEGRAM_SEND)).hasSize(1);
  }

  @Test
  void badToken_isNotDelivered_withoutTheTokenInTheReason() {
    String token = "999999:WRONG-SECRET-TOKEN";

    Delivery delivery = notifier(ParseMode.NONE, token).send("", "hello");

    assertThat(delivery).isInstanceOf(Delivery.NotDelivered.class);
    assertThat(((Delivery.NotDelivered) delivery).reason())
        .contains("401")
        .doesNotContain("WRONG-SECRET-TOKEN");
    assertThat(sim.requests(Routes.TELEGRAM_SEND)).hasSize(1);
  }

  @Test
  void serverError_isRetried() {
    sim.faults().on(Routes.TELEGRAM_SEND).status(502).times(1);

    assertThat(notifier().send("", "hello")).isEqualTo(new Delivery.Delivered());
    assertThat(sim.requests(Routes.TELEGRAM_SEND)).hasSize(2);
  }

  @Test
  void unknownChat_isNotDelivered_withTelegramsDescription() {
    TelegramNotifier wrongChat =
        new TelegramNotifier(
            TelegramSettings.production().withBaseUrl(URI.create(sim.baseUrl())),
            new TelegramCredentials(sim.telegram().botToken(), "-42"),
            HttpTransport.withConnectTimeout(Duration.ofSeconds(1)),
            waits::add);

    Delivery delivery = wrongChat.send("", "hello");

    assertThat(delivery)
        .isEqualTo(new Delivery.NotDelivered("HTTP 400: Bad Request: chat not found"));
  }
}
