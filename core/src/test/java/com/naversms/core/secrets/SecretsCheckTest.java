package com.naversms.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.secrets.SecretStatus.State;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsCheckTest {

  private static SecretsProvider of(Map<String, Map<String, String>> secrets) {
    return name -> Optional.ofNullable(secrets.get(name));
  }

  private static final Map<String, String> NAVER = Map.of("username", "u", "password", "p");
  private static final Map<String, String> SENS =
      Map.of("access_key", "a", "secret_key", "s", "service_id", "i");

  @Test
  void requiredPresent_optionalAbsent_isOk() {
    List<SecretStatus> statuses =
        SecretsCheck.run(
            of(Map.of(KnownSecret.NAVER.secretName(), NAVER, KnownSecret.SENS.secretName(), SENS)));

    assertThat(statuses)
        .extracting(SecretStatus::state)
        .containsExactly(State.COMPLETE, State.COMPLETE, State.ABSENT, State.ABSENT);
    assertThat(SecretsCheck.allOk(statuses)).isTrue();
  }

  @Test
  void missingKey_isListed_andNotOk() {
    List<SecretStatus> statuses =
        SecretsCheck.run(
            of(
                Map.of(
                    KnownSecret.NAVER.secretName(),
                    NAVER,
                    KnownSecret.SENS.secretName(),
                    Map.of("access_key", "a", "service_id", "i"))));

    SecretStatus sens = statuses.get(1);
    assertThat(sens.state()).isEqualTo(State.INCOMPLETE);
    assertThat(sens.presentKeys()).containsExactly("access_key", "service_id");
    assertThat(sens.missingKeys()).containsExactly("secret_key");
    assertThat(SecretsCheck.allOk(statuses)).isFalse();
  }

  @Test
  void absentRequiredSecret_isNotOk() {
    assertThat(SecretsCheck.allOk(SecretsCheck.run(of(Map.of())))).isFalse();
  }

  @Test
  void unreadableSecret_keepsTheError() {
    SecretsProvider broken =
        name -> {
          throw new SecretsException("access denied to secret " + name);
        };

    SecretStatus naver = SecretsCheck.run(broken).get(0);

    assertThat(naver.state()).isEqualTo(State.UNREADABLE);
    assertThat(naver.error()).contains("naver-sms-automation/naver-credentials");
  }
}
