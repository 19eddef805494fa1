package com.naversms.adapters.sens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.core.optout.OptOutList;
import com.naversms.core.optout.OptOutUnavailable;
import com.naversms.core.secrets.SensCredentials;
import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SENS's unsubscribe list read from the simulator, which checks the signature as SENS does. */
class SensUnsubscribesTest {
  private final Simulator sim = Simulator.start();
  private final SensSettings settings =
      SensSettings.production()
          .withBaseUrl(URI.create(sim.baseUrl()))
          .withRetries(new Backoff(3, Duration.ofMillis(5), Duration.ofMillis(20)));
  private final SensCredentials credentials =
      new SensCredentials(sim.sens().accessKey(), sim.sens().secretKey(), sim.sens().serviceId());
  private final HttpTransport transport = HttpTransport.withConnectTimeout(Duration.ofSeconds(1));

  @AfterEach
  void stop() {
    sim.close();
  }

  private SensUnsubscribes list(SensCredentials with) {
    return new SensUnsubscribes(settings, with, Clock.systemUTC(), transport, d -> {});
  }

  @Test
  void everyPageIsRead_untilOneIsShort() {
    for (int i = 0; i < 230; i++) {
      sim.sens().unsubscribe(String.format("0100001%04d", i));
    }

    OptOutList read = list(credentials).current();

    assertThat(read.size()).isEqualTo(230);
    assertThat(read.contains("010-0001-0229")).isTrue();
    assertThat(sim.requests(Routes.SENS_UNSUBSCRIBES))
        .extracting(r -> r.query().get("pageIndex"))
        .containsExactly("0", "1", "2");
    assertThat(sim.requests(Routes.SENS_UNSUBSCRIBES).get(0).query())
        .containsEntry("pageSize", "100");
  }

  @Test
  void aServiceWithoutNumbers_answersAnEmpty404_whichIsAnEmptyList() {
    assertThat(list(credentials).current().size()).isZero();
  }

  @Test
  void aServerError_isRetried() {
    sim.sens().unsubscribe("01000000041");
    sim.faults().on(Routes.SENS_UNSUBSCRIBES).status(503).times(2);

    assertThat(list(credentials).current().contains("01000000041")).isTrue();
    assertThat(sim.requests(Routes.SENS_UNSUBSCRIBES)).hasSize(3);
  }

  @Test
  void aListThatCannotBeRead_throws_namingWhy() {
    sim.sens().unsubscribe("01000000041");
    sim.faults().on(Routes.SENS_UNSUBSCRIBES).status(503).times(3);

    assertThatThrownBy(() -> list(credentials).current())
        .isInstanceOf(OptOutUnavailable.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("after 3 attempts");
  }

  @Test
  void refusedCredentials_andAnUnknownService_throw() {
    SensCredentials wrongKey =
        new SensCredentials(credentials.accessKey(), "wrong", credentials.serviceId());
    SensCredentials otherService =
        new SensCredentials(
            credentials.accessKey(), credentials.secretKey(), "ncp:sms:kr:000000000001:other");

    assertThatThrownBy(() -> list(wrongKey).current())
        .isInstanceOf(OptOutUnavailable.class)
        .hasMessageContaining("HTTP 401");
    assertThatThrownBy(() -> list(otherService).current())
        .isInstanceOf(OptOutUnavailable.class)
        .hasMessageContaining("HTTP 404");
  }
}
