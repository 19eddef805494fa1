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
      Map.of("access_key", "a", "secret_key", "s", "service_id", "ncp:sms:kr:1:svc");

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
  void malformedOptionalSecret_isInvalid_namingTheKeyAndTheProblem_notTheValue() {
    List<SecretStatus> statuses =
        SecretsCheck.run(
            of(
                Map.of(
                    KnownSecret.NAVER.secretName(),
                    NAVER,
                    KnownSecret.SENS.secretName(),
                    SENS,
                    KnownSecret.SLACK.secretName(),
                    Map.of("webhook_url", "https://hooks.slack.example/services/T0/B0/X|y\n"))));

    SecretStatus slack = statuses.get(3);
    assertThat(slack.state()).isEqualTo(State.INVALID);
    assertThat(slack.invalidKeys())
        .containsExactly("webhook_url holds a '|' at position 45 of 46 (a copy-paste accident?)");
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
