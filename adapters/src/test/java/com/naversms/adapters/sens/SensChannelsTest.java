package com.naversms.adapters.sens;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.ledger.CarrierLookup.Answer;
import com.naversms.core.ledger.CarrierResult;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerMessage;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.MessageType;
import com.naversms.core.secrets.SensCredentials;
import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.sens.AlimTalkMessage;
import com.naversms.simulator.sens.ApprovedTemplate;
import com.naversms.simulator.sens.CarrierOutcome;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SMS and AlimTalk behind one sender, and the carrier lookup of both, against the simulator. */
class SensChannelsTest {
  private static final String CHANNEL = "@examplestudio";
  private final Simulator sim = Simulator.start();

  SensChannelsTest() {
    sim.alimTalk()
        .approve(
            new ApprovedTemplate(
                CHANNEL,
                "EXCONFIRM01",
                "#{고객명} 고객님, 예약이 확정되었습니다 🎉",
                List.of(new ApprovedTemplate.Button("WL", "예약 확인", "https://example.com/#{번호}"))));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private SensCredentials credentials(boolean alimTalk) {
    return new SensCredentials(
        sim.sens().accessKey(),
        sim.sens().secretKey(),
        sim.sens().serviceId(),
        alimTalk ? sim.alimTalk().serviceId() : "");
  }

  private SensSettings settings(boolean enabled) {
    return SensSettings.production()
        .withBaseUrl(URI.create(sim.baseUrl()))
        .withRetries(new Backoff(2, Duration.ofMillis(5), Duration.ofMillis(50)))
        .withAlimTalk(enabled);
  }

  private SensChannels channels(DeliveryMode mode, boolean enabled, boolean serviceId) {
    return new SensChannels(
        settings(enabled),
        credentials(serviceId),
        mode,
        Clock.systemUTC(),
        HttpTransport.withConnectTimeout(Duration.ofSeconds(1)),
        d -> {});
  }

  private static Message.AlimTalk message(String code, String content) {
    return new Message.AlimTalk(
        "01000001234",
        CHANNEL,
        code,
        content,
        List.of(new Message.AlimTalk.Button("WL", "예약 확인", "https://example.com/42")),
        new Message.Sms("01000001234", "0212345678", MessageType.LMS, "예약 안내", "예약이 확정되었습니다."));
  }

  private static final Message.AlimTalk CONFIRM = message("EXCONFIRM01", "김민준 고객님, 예약이 확정되었습니다 🎉");

  @Test
  void alimTalkOnWithAServiceId_sendsAlimTalkWithTheSmsAsFailover() {
    SensChannels sender = channels(DeliveryMode.LIVE, true, true);

    SendResult result = sender.send(CONFIRM);

    assertThat(sender.carries(Message.Channel.ALIMTALK)).isTrue();
    AlimTalkMessage sent = sim.alimTalk().accepted().getFirst();
    assertThat(result).isEqualTo(new SendResult.Accepted(sent.messageId()));
    assertThat(sent.failover().type()).isEqualTo("LMS");
    assertThat(sent.failover().content()).isEqualTo("예약이 확정되었습니다.");
    assertThat(sent.failover().subject()).isEqualTo("예약 안내");
    assertThat(sent.buttons()).hasSize(1);
    assertThat(sim.sens().accepted()).isEmpty();
  }

  @Test
  void alimTalkOff_orWithoutServiceId_sendsTheSms() {
    channels(DeliveryMode.LIVE, false, true).send(CONFIRM);
    channels(DeliveryMode.LIVE, true, false).send(CONFIRM);

    assertThat(channels(DeliveryMode.LIVE, false, true).carries(Message.Channel.ALIMTALK))
        .isFalse();
    assertThat(channels(DeliveryMode.LIVE, true, false).carries(Message.Channel.ALIMTALK))
        .isFalse();
    assertThat(sim.alimTalk().accepted()).isEmpty();
    assertThat(sim.sens().accepted()).hasSize(2);
  }

  @Test
  void unknownTemplate_andContentMismatch_areRefused_otherRejectionsRejected() {
    SensChannels sender = channels(DeliveryMode.LIVE, true, true);

    assertThat(sender.send(message("NOPE01", "x"))).isInstanceOf(SendResult.Refused.class);
    assertThat(((SendResult.Refused) sender.send(message("NOPE01", "x"))).code())
        .isEqualTo("TEMPLATE_NOT_FOUND");
    assertThat(((SendResult.Refused) sender.send(message("EXCONFIRM01", "다른 내용"))).code())
        .isEqualTo("CONTENT_MISMATCH");
    sim.faults().on(Routes.ALIMTALK_SEND).status(400).times(1);
    assertThat(sender.send(CONFIRM)).isInstanceOf(SendResult.Rejected.class);
    assertThat(sim.alimTalk().accepted()).isEmpty();
  }

  @Test
  void killSwitch_sendsNothingOnEitherChannel() {
    for (DeliveryMode mode : List.of(DeliveryMode.DISABLED, DeliveryMode.COMPARISON)) {
      SensChannels sender = channels(mode, true, true);
      assertThat(sender.send(CONFIRM)).isInstanceOf(SendResult.Suppressed.class);
      assertThat(sender.send(CONFIRM.failover())).isInstanceOf(SendResult.Suppressed.class);
    }
    assertThat(sim.requests(Routes.ALIMTALK_SEND)).isEmpty();
    assertThat(sim.requests(Routes.SENS_SEND)).isEmpty();
  }

  @Test
  void carrierLookup_readsBothLegs_ofAnAlimTalkMessage() {
    SensChannels sender = channels(DeliveryMode.LIVE, true, true);
    sim.alimTalk().outcome("01000001234", new CarrierOutcome("not_kakao_user", null));
    String failedOver = ((SendResult.Accepted) sender.send(CONFIRM)).requestId();
    sim.alimTalk().outcome("01000001234", CarrierOutcome.DELIVERED);
    String delivered = ((SendResult.Accepted) sender.send(CONFIRM)).requestId();
    SensCarrierLookup lookup =
        new SensCarrierLookup(
            settings(true),
            credentials(true),
            Clock.systemUTC(),
            HttpTransport.withConnectTimeout(Duration.ofSeconds(1)),
            d -> {});

    CarrierResult viaSms = ((Answer.Completed) lookup.lookup(entry(failedOver))).result();
    CarrierResult viaKakao = ((Answer.Completed) lookup.lookup(entry(delivered))).result();

    assertThat(viaKakao.delivered()).isTrue();
    assertThat(viaKakao.failedOver()).isFalse();
    assertThat(viaKakao.name()).startsWith("AlimTalk 0000");
    assertThat(viaSms.delivered()).as("the failover SMS/LMS reached the phone").isTrue();
    assertThat(viaSms.failedOver()).isTrue();
    assertThat(viaSms.firstLeg()).startsWith("AlimTalk 3019");
    assertThat(viaSms.telco()).isEqualTo("SKT");
  }

  private static LedgerEntry entry(String requestId) {
    Instant at = Instant.parse("2026-11-27T03:10:00Z");
    return new LedgerEntry(
        new LedgerKey("1000001_1", "confirm_sms", "", "1234", 1),
        new LedgerMessage(
            "01000001234", "r", "booking_confirm", "alimtalk", "LMS", "0212345678", "", "t"),
        MessageState.ACCEPTED,
        1,
        requestId,
        at,
        null,
        "",
        at,
        at,
        List.of(),
        1);
  }
}
