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
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SensResultLookupTest {
  private final Simulator sim = Simulator.start();
  private final SensSettings settings =
      SensSettings.production()
          .withBaseUrl(URI.create(sim.baseUrl()))
          .withRetries(new Backoff(3, Duration.ofMillis(5), Duration.ofMillis(20)));
  private final SensCredentials credentials =
      new SensCredentials(sim.sens().accessKey(), sim.sens().secretKey(), sim.sens().serviceId());
  private final HttpTransport transport = HttpTransport.withConnectTimeout(Duration.ofSeconds(1));
  private final SensResultLookup lookup =
      new SensResultLookup(settings, credentials, Clock.systemUTC(), transport, d -> {});

  @AfterEach
  void stop() {
    sim.close();
  }

  private String sendOne() {
    SendResult result =
        new SensSmsSender(
                settings, credentials, DeliveryMode.LIVE, Clock.systemUTC(), transport, d -> {})
            .send(new Message.Sms("01000001234", "0212345678", MessageType.SMS, "", "안녕하세요"));
    return ((SendResult.Accepted) result).requestId();
  }

  @Test
  void acceptedRequest_reportsCarrierResult() {
    String requestId = sendOne();

    DeliveryReport report = lookup.report(requestId);

    assertThat(report).isInstanceOf(DeliveryReport.Found.class);
    DeliveryReport.Found found = (DeliveryReport.Found) report;
    assertThat(found.delivered()).isTrue();
    assertThat(found.status()).isEqualTo("COMPLETED");
    assertThat(found.statusCode()).isEqualTo("0");
    assertThat(found.completeTime()).isNotEmpty();
    assertThat(sim.requests(Routes.SENS_LIST).get(0).query()).containsEntry("requestId", requestId);
  }

  @Test
  void unknownRequest_isNotFound() {
    assertThat(lookup.report("NO-SUCH-REQUEST"))
        .isEqualTo(new DeliveryReport.NotFound("NO-SUCH-REQUEST"));
  }

  @Test
  void badCredentials_areAFailedLookupNamingTheStatus() {
    SensResultLookup wrongKey =
        new SensResultLookup(
            settings,
            new SensCredentials(credentials.accessKey(), "wrong", credentials.serviceId()),
            Clock.systemUTC(),
            transport,
            d -> {});

    DeliveryReport report = wrongKey.report("ANY");

    assertThat(report).isInstanceOf(DeliveryReport.LookupFailed.class);
    assertThat(((DeliveryReport.LookupFailed) report).reason()).contains("HTTP 401");
  }

  @Test
  void serverErrorOnList_isRetried() {
    String requestId = sendOne();
    sim.faults().on(Routes.SENS_LIST).status(503).times(1);

    assertThat(lookup.report(requestId)).isInstanceOf(DeliveryReport.Found.class);
    assertThat(sim.requests(Routes.SENS_LIST)).hasSize(2);
  }

  @Test
  void aRequestOfSeveralMessages_reportsTheMessageToTheNumberAskedFor() {
    SensSmsSender single =
        new SensSmsSender(
            settings, credentials, DeliveryMode.LIVE, Clock.systemUTC(), transport, d -> {});
    String body =
        SensJson.batchBody(
            java.util.List.of(
                new Message.Sms("01000001111", "0212345678", MessageType.SMS, "", "하나"),
                new Message.Sms("01000002222", "0212345678", MessageType.SMS, "", "둘")));
    sim.sens()
        .outcome("01000002222", new com.naversms.simulator.sens.CarrierOutcome("failed", "3018"));
    String requestId = ((SendResult.Accepted) single.post(body)).requestId();

    DeliveryReport first = lookup.report(requestId, "01000001111");
    DeliveryReport second = lookup.report(requestId, "010-0000-2222");

    assertThat(((DeliveryReport.Found) first).delivered()).isTrue();
    assertThat(((DeliveryReport.Found) second).statusCode()).isEqualTo("3018");
    assertThat(lookup.report(requestId, "01000003333"))
        .isEqualTo(new DeliveryReport.NotFound(requestId));
  }
}
