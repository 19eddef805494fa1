package com.naversms.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialReaderTest {
  private final List<SecretsException> failures = new ArrayList<>();

  private CredentialReader reader(Map<String, Map<String, String>> secrets) {
    SecretsProvider provider = name -> Optional.ofNullable(secrets.get(name));
    return new CredentialReader(provider, failures::add);
  }

  @Test
  void completeSecrets_becomeTypedCredentials() {
    CredentialReader reader =
        reader(
            Map.of(
                "naver-sms-automation/naver-credentials",
                Map.of("username", "studio-owner", "password", "pw-123456"),
                "naver-sms-automation/sens-credentials",
                Map.of("access_key", "AK", "secret_key", "SK", "service_id", "ncp:sms:kr:1:x"),
                "naver-sms-automation/telegram-credentials",
                Map.of("bot_token", "123:ABC", "chat_id", "-100"),
                "naver-sms-automation/slack-credentials",
                Map.of("webhook_url", "https://hooks.example/T/B/X")));

    assertThat(reader.naver()).isEqualTo(new NaverCredentials("studio-owner", "pw-123456"));
    assertThat(reader.sens()).isEqualTo(new SensCredentials("AK", "SK", "ncp:sms:kr:1:x"));
    assertThat(reader.telegram()).contains(new TelegramCredentials("123:ABC", "-100"));
    assertThat(reader.slack())
        .contains(new SlackCredentials("https://hooks.example/T/B/X", Optional.empty()));
    assertThat(failures).isEmpty();
  }

  @Test
  void missingKey_namesTheSecretAndTheKey_andIsCounted() {
    CredentialReader reader =
        reader(
            Map.of(
                "naver-sms-automation/sens-credentials",
                Map.of("access_key", "AK", "service_id", "svc")));

    assertThatThrownBy(reader::sens)
        .isInstanceOf(SecretsException.class)
        .hasMessage("secret naver-sms-automation/sens-credentials has no key 'secret_key'");
    assertThat(failures).hasSize(1);
  }

  @Test
  void blankValue_countsAsMissing() {
    CredentialReader reader =
        reader(
            Map.of(
                "naver-sms-automation/naver-credentials",
                Map.of("username", "owner", "password", "  ")));

    assertThatThrownBy(reader::naver)
        .hasMessage("secret naver-sms-automation/naver-credentials has no key 'password'");
  }

  @Test
  void missingRequiredSecret_namesIt() {
    assertThatThrownBy(() -> reader(Map.of()).naver())
        .hasMessage("secret naver-sms-automation/naver-credentials not found");
    assertThat(failures).hasSize(1);
  }

  @Test
  void missingOptionalSecret_isEmpty_notAFailure() {
    CredentialReader reader = reader(Map.of());

    assertThat(reader.telegram()).isEmpty();
    assertThat(reader.slack()).isEmpty();
    assertThat(failures).isEmpty();
  }

  @Test
  void halfConfiguredOptionalSecret_fails() {
    CredentialReader reader =
        reader(Map.of("naver-sms-automation/telegram-credentials", Map.of("bot_token", "1:A")));

    assertThatThrownBy(reader::telegram)
        .hasMessage("secret naver-sms-automation/telegram-credentials has no key 'chat_id'");
  }

  @Test
  void providerFailure_passesThroughAndIsCounted() {
    SecretsProvider broken =
        name -> {
          throw new SecretsException("secret " + name + " is not valid JSON");
        };
    CredentialReader reader = new CredentialReader(broken, failures::add);

    assertThatThrownBy(reader::sens).hasMessageContaining("sens-credentials is not valid JSON");
    assertThat(failures).hasSize(1);
  }

  @Test
  void toString_neverShowsSecrets() {
    assertThat(new NaverCredentials("studio-owner", "pw-123456").toString())
        .doesNotContain("pw-123456");
    assertThat(new SensCredentials("AKIA0000000000", "very-secret-key", "svc").toString())
        .doesNotContain("very-secret-key")
        .doesNotContain("AKIA0000000000");
    assertThat(new TelegramCredentials("000000:SIM-TOKEN", "-1").toString())
        .doesNotContain("SIM-TOKEN");
  }
}
