package com.naversms.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.sens.SensSettings;
import com.naversms.core.fakes.InMemoryOptOutStore;
import com.naversms.core.optout.OptOutStore;
import com.naversms.core.optout.OptOutUnavailable;
import com.naversms.core.secrets.KnownSecret;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.secrets.SecretsProvider;
import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cycle's opt-out list: ours, and SENS's when the SENS secret exists (the simulator's SENS).
 */
class OptOutListsTest {
  private final Simulator sim = Simulator.start();
  private final SensSettings sens =
      SensSettings.production()
          .withBaseUrl(URI.create(sim.baseUrl()))
          .withRetries(new Backoff(2, Duration.ofMillis(5), Duration.ofMillis(10)));
  private final OptOutStore ours = new InMemoryOptOutStore();
  private final HttpClients http = new HttpClients();

  @BeforeEach
  void lists() {
    ours.add(new OptOutStore.Entry("01000000051", Instant.EPOCH, "", OptOutStore.OPERATOR));
    sim.sens().unsubscribe("01000000052");
  }

  @AfterEach
  void stop() {
    http.close();
    sim.close();
  }

  private OptOutLists lists(SecretsProvider secrets) {
    return new OptOutLists(ours, secrets, sens, Clock.systemUTC(), http);
  }

  private SecretsProvider withSens() {
    Map<String, String> values =
        Map.of(
            "access_key", sim.sens().accessKey(),
            "secret_key", sim.sens().secretKey(),
            "service_id", sim.sens().serviceId());
    return name ->
        name.equals(KnownSecret.SENS.secretName()) ? Optional.of(values) : Optional.empty();
  }

  @Test
  void withTheSensSecret_oursAndSensListAreMerged() {
    var list = lists(withSens()).current();

    assertThat(list.digits()).containsExactlyInAnyOrder("01000000051", "01000000052");
  }

  @Test
  void withoutTheSensSecret_oursAlone_andSensIsNotAsked() {
    var list = lists(name -> Optional.empty()).current();

    assertThat(list.digits()).containsExactly("01000000051");
    assertThat(sim.requests(Routes.SENS_UNSUBSCRIBES)).isEmpty();
  }

  @Test
  void aSensListThatCannotBeRead_orASecretStoreThatFails_throws() {
    sim.faults().on(Routes.SENS_UNSUBSCRIBES).status(500).times(5);
    assertThatThrownBy(() -> lists(withSens()).current())
        .isInstanceOf(OptOutUnavailable.class)
        .hasMessageContaining("HTTP 500");

    SecretsProvider broken =
        name -> {
          throw new SecretsException("secret store unreachable");
        };
    assertThatThrownBy(() -> lists(broken).current())
        .isInstanceOf(OptOutUnavailable.class)
        .hasMessageContaining("secret store unreachable");
  }
}
