package com.naversms.adapters.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.core.secrets.CredentialReader;
import com.naversms.core.secrets.SensCredentials;
import com.naversms.core.secrets.TelegramCredentials;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvSecretsProviderTest {

  @Test
  void mapsEnvironmentVariablesOntoTheLegacySecrets() {
    CredentialReader reader =
        new CredentialReader(
            new EnvSecretsProvider(
                Map.of(
                    "SENS_ACCESS_KEY", "AK",
                    "SENS_SECRET_KEY", "SK",
                    "SENS_SERVICE_ID", "ncp:sms:kr:1:svc",
                    "TELEGRAM_BOT_TOKEN", "1:A",
                    "TELEGRAM_CHAT_ID", "-1")),
            e -> {});

    assertThat(reader.sens()).isEqualTo(new SensCredentials("AK", "SK", "ncp:sms:kr:1:svc"));
    assertThat(reader.telegram()).contains(new TelegramCredentials("1:A", "-1"));
    assertThat(reader.slack()).isEmpty();
  }

  @Test
  void missingVariable_isNamedByItsSecretKey() {
    CredentialReader reader =
        new CredentialReader(new EnvSecretsProvider(Map.of("NAVER_USERNAME", "owner")), e -> {});

    assertThatThrownBy(reader::naver)
        .hasMessage("secret naver-sms-automation/naver-credentials has no key 'password'");
  }

  @Test
  void noVariables_meansNoSecret() {
    assertThat(
            new EnvSecretsProvider(Map.of("SENS_ACCESS_KEY", " "))
                .find("naver-sms-automation/sens-credentials"))
        .isEmpty();
    assertThat(new EnvSecretsProvider(Map.of()).find("something/else")).isEmpty();
  }
}
