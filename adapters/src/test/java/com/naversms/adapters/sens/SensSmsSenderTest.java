package com.naversms.adapters.sens;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.MessageType;
import com.naversms.core.secrets.SensCredentials;
import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.sens.SensMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SENS sender against the simulator, which checks the signature, body and limits. */
class SensSmsSenderTest {
  private static final String FROM = "0212345678";
  private static final String TO = "010-0000-1234";

  private final Simulator sim = Simulator.start();
  private final List<Duration> waits = new ArrayList<>();

  @AfterEach
  void stop() {
    sim.close();
  }

  private SensCredentials simCredentials() {
    return new SensCredentials(
        sim.sens().accessKey(), sim.sens().secretKey(), sim.sens().serviceId());
  }

  private SensSmsSender sender(DeliveryMode mode, SensCredentials credentials, String baseUrl) {
    SensSettings settings =
        SensSettings.production()
            .withBaseUrl(URI.create(baseUrl))
            .withRequestTimeout(Duration.ofMillis(700))
            .withRetries(new Backoff(3, Duration.ofMillis(10), Duration.ofSeconds(2)));
    return new SensSmsSender(
        settings,
        credentials,
        mode,
        Clock.systemUTC(),
        HttpTransport.withConnectTimeout(Duration.ofSeconds(1)),
        waits::add);
  }

  private SensSmsSender live() {
    return sender(DeliveryMode.LIVE, simCredentials(), sim.baseUrl());
  }

  private static Message.Sms sms(String text) {
    return new Message.Sms(TO, FROM, MessageType.SMS, "안내", text);
  }

  private int sendRequests() {
    return sim.requests(Routes.SENS_SEND).size();
  }

  @Test
  void signedRequest_isAccepted_withSensRequestId() {
    SendResult result = live().send(sms("예약이 확정되었습니다."));

    List<SensMessage> accepted = sim.sens().accepted();
    assertThat(accepted).hasSize(1);
    assertThat(result).isEqualTo(new SendResult.Accepted(accepted.get(0).requestId()));
    assertThat(accepted.get(0).to()).isEqualTo("01000001234");
    assertThat(accepted.get(0).from()).isEqualTo(FROM);
    assertThat(accepted.get(0).content()).isEqualTo("예약이 확정되었습니다.");
  }

  @Test
  void wrongSecretKey_is401Unauthorized_withTheGatewaysReason_withoutRetry() {
    // issue 11 item 2: a refusal of the account's credentials is not the message's fault
    SensCredentials wrong =
        new SensCredentials(sim.sens().accessKey(), "not-the-secret", sim.sens().serviceId());

    SendResult result = sender(DeliveryMode.LIVE, wrong, sim.baseUrl()).send(sms("안녕하세요"));

    assertThat(result)
        .isInstanceOfSatisfying(
            SendResult.Unauthorized.class,
            u -> {
              assertThat(u.httpStatus()).isEqualTo(401);
              assertThat(u.reason()).contains("Authentication Failed");
            });
    assertThat(sendRequests()).isEqualTo(1);
    assertThat(sim.sens().accepted()).isEmpty();
  }

  @Test
  void forbidden_is403Unauthorized_withoutRetry() {
    sim.faults().on(Routes.SENS_SEND).status(403).times(1);

    SendResult result = live().send(sms("안녕하세요"));

    assertThat(result).isInstanceOf(SendResult.Unauthorized.class);
    assertThat(((SendResult.Unauthorized) result).httpStatus()).isEqualTo(403);
    assertThat(sendRequests()).isEqualTo(1);
  }

  @Test
  void badRequest_isRejected_withSensReason_withoutRetry() {
    sim.sens().acceptAnySender(false);

    SendResult result = live().send(sms("안녕하세요"));

    assertThat(result).isInstanceOf(SendResult.Rejected.class);
    SendResult.Rejected rejected = (SendResult.Rejected) result;
    assertThat(rejected.httpStatus()).isEqualTo(400);
    assertThat(rejected.reason()).contains("Bad Request");
    assertThat(sendRequests()).isEqualTo(1);
  }

  @Test
  void twoServiceUnavailable_thenAccepted_afterRetriesWithBackoff() {
    sim.faults().on(Routes.SENS_SEND).status(503).times(2);

    SendResult result = live().send(sms("안녕하세요"));

    assertThat(result).isInstanceOf(SendResult.Accepted.class);
    assertThat(sendRequests()).isEqualTo(3);
    assertThat(sim.sens().accepted()).hasSize(1);
    assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
  }

  @Test
  void tooManyRequests_isRetried_honouringRetryAfter() {
    sim.faults().on(Routes.SENS_SEND).status(429).times(1).retryAfter(1);

    SendResult result = live().send(sms("안녕하세요"));

    assertThat(result).isInstanceOf(SendResult.Accepted.class);
    assertThat(sendRequests()).isEqualTo(2);
    assertThat(waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void persistentServerError_failsAfterThreeAttempts() {
    sim.faults().on(Routes.SENS_SEND).status(500);

    SendResult result = live().send(sms("안녕하세요"));

    assertThat(result).isInstanceOf(SendResult.Failed.class);
    assertThat(((SendResult.Failed) result).reason()).contains("HTTP 500").contains("3 attempts");
    assertThat(sendRequests()).isEqualTo(3);
  }

  @Test
  void connectionRefused_isRetried_thenFailed() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    SendResult result =
        sender(DeliveryMode.LIVE, simCredentials(), "http://127.0.0.1:" + closedPort)
            .send(sms("안녕하세요"));

    assertThat(result).isInstanceOf(SendResult.Failed.class);
    assertThat(waits).hasSize(2);
  }

  @Test
  void noAnswerBeforeTimeout_isUncertain_andNeverRepeated() {
    sim.faults().on(Routes.SENS_SEND).timeout();

    SendResult result = live().send(sms("안녕하세요"));

    assertThat(result).isInstanceOf(SendResult.Uncertain.class);
    assertThat(sendRequests()).isEqualTo(1);
  }

  @Test
  void droppedConnection_isUncertain_andNeverRepeated() {
    sim.faults().on(Routes.SENS_SEND).dropConnection();

    SendResult result = live().send(sms("안녕하세요"));

    assertThat(result).isInstanceOf(SendResult.Uncertain.class);
    assertThat(sendRequests()).isEqualTo(1);
  }

  @Test
  void unreadable202Body_isStillAccepted_becauseSensTookIt() {
    sim.faults().on(Routes.SENS_SEND).malformedBody();

    SendResult result = live().send(sms("안녕하세요"));

    assertThat(result).isEqualTo(new SendResult.Accepted(""));
    assertThat(sim.sens().accepted()).hasSize(1);
    assertThat(sendRequests()).isEqualTo(1);
  }

  @Test
  void comparisonOrDisabledMode_suppresses_withoutAnyRequest() {
    for (DeliveryMode mode :
        List.of(DeliveryMode.COMPARISON, DeliveryMode.DISABLED, DeliveryMode.CI_BLOCKED)) {
      SendResult result = sender(mode, simCredentials(), sim.baseUrl()).send(sms("안녕하세요"));

      assertThat(result).isEqualTo(new SendResult.Suppressed(mode.reason()));
    }
    assertThat(sendRequests()).isZero();
    assertThat(sim.requests(Routes.UNMATCHED)).isEmpty();
  }

  @Test
  void shortTextGoesAsSms_withoutSubject_longTextAsLms_withSubject() {
    String longText = "안녕하세요 고객님, 예약 안내드립니다. ".repeat(5);

    live().send(sms("짧은 안내"));
    live().send(new Message.Sms(TO, FROM, MessageType.LMS, "스튜디오 안내", longText));

    List<SensMessage> accepted = sim.sens().accepted();
    assertThat(accepted).extracting(SensMessage::type).containsExactly("SMS", "LMS");
    assertThat(accepted.get(0).subject()).isNull();
    assertThat(accepted.get(1).subject()).isEqualTo("스튜디오 안내");
    assertThat(accepted.get(1).content()).isEqualTo(longText);
  }

  @Test
  void emoji_isRejectedBeforeAnyRequest() {
    SendResult result = live().send(sms("예약 확정 🎉"));

    assertThat(result).isInstanceOf(SendResult.Rejected.class);
    assertThat(((SendResult.Rejected) result).reason()).contains("U+1F389");
    assertThat(sendRequests()).isZero();
  }

  @Test
  void smsTooLongForItsType_isRejectedBeforeAnyRequest() {
    SendResult result = live().send(sms("가".repeat(46)));

    assertThat(result).isInstanceOf(SendResult.Rejected.class);
    assertThat(sendRequests()).isZero();
  }
}
