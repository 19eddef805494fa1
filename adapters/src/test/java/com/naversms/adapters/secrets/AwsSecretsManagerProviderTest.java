package com.naversms.adapters.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.adapters.http.Backoff;
import com.naversms.core.secrets.CredentialReader;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.secrets.SensCredentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

class AwsSecretsManagerProviderTest {
  private static final String SENS = "naver-sms-automation/sens-credentials";

  private final FakeSecretsManager fake = newFake();
  private final List<Duration> waits = new ArrayList<>();
  private final AwsSecretsManagerProvider provider =
      new AwsSecretsManagerProvider(
          AwsSecretsManagerProvider.client(
              Region.AP_NORTHEAST_2,
              Optional.of(fake.endpoint()),
              StaticCredentialsProvider.create(AwsBasicCredentials.create("AKTEST", "sktest"))),
          new Backoff(3, Duration.ofMillis(1000), Duration.ofMillis(2000)),
          waits::add);

  private static FakeSecretsManager newFake() {
    try {
      return new FakeSecretsManager();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void readsTheSecretJson_andCachesItForTheRun() {
    fake.put(
        SENS, "{\"access_key\":\"AK\",\"secret_key\":\"SK\",\"service_id\":\"ncp:sms:kr:1:svc\"}");

    assertThat(new CredentialReader(provider, e -> {}).sens())
        .isEqualTo(new SensCredentials("AK", "SK", "ncp:sms:kr:1:svc"));
    provider.find(SENS);

    assertThat(fake.requestedIds()).containsExactly(SENS);
  }

  @Test
  void missingSecret_isEmpty_withoutRetry() {
    assertThat(provider.find(SENS)).isEmpty();
    assertThat(fake.requestedIds()).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void serverErrors_areRetriedWithBackoff_thenSucceed() {
    fake.put(SENS, "{\"access_key\":\"AK\"}");
    fake.failNext(500, "InternalServiceError", 2);

    assertThat(provider.find(SENS)).contains(Map.of("access_key", "AK"));
    assertThat(fake.requestedIds()).hasSize(3);
    assertThat(waits).containsExactly(Duration.ofMillis(1000), Duration.ofMillis(2000));
  }

  @Test
  void persistentServerErrors_failAfterThreeAttempts_namingTheSecret() {
    fake.put(SENS, "{}");
    fake.failNext(500, "InternalServiceError", 5);

    assertThatThrownBy(() -> provider.find(SENS))
        .isInstanceOf(SecretsException.class)
        .hasMessageContaining("secret " + SENS + " could not be read")
        .hasMessageContaining("after 3 attempts");
    assertThat(fake.requestedIds()).hasSize(3);
  }

  @Test
  void accessDenied_failsAtOnce() {
    fake.failNext(400, "AccessDeniedException", 1);

    assertThatThrownBy(() -> provider.find(SENS))
        .hasMessageContaining("access denied to secret " + SENS);
    assertThat(fake.requestedIds()).hasSize(1);
  }

  @Test
  void decryptionFailure_failsAtOnce() {
    fake.failNext(400, "DecryptionFailure", 1);

    assertThatThrownBy(() -> provider.find(SENS))
        .hasMessage("secret " + SENS + " could not be decrypted");
    assertThat(fake.requestedIds()).hasSize(1);
  }

  @Test
  void invalidJson_failsAtOnce_namingTheSecret_withoutItsText() {
    fake.put(SENS, "{\"access_key\": \"AK-SHOULD-NOT-LEAK\"");

    assertThatThrownBy(() -> provider.find(SENS))
        .hasMessage("secret " + SENS + " is not valid JSON")
        .hasMessageNotContaining("AK-SHOULD-NOT-LEAK");
    assertThat(fake.requestedIds()).hasSize(1);
  }

  @Test
  void numbersInTheSecret_readAsText() {
    fake.put(
        "naver-sms-automation/telegram-credentials",
        "{\"bot_token\":\"1:A\",\"chat_id\":-1000000000001}");

    assertThat(provider.find("naver-sms-automation/telegram-credentials"))
        .contains(Map.of("bot_token", "1:A", "chat_id", "-1000000000001"));
  }

  @Test
  void missingAwsCredentials_failAtOnce_withoutRetries() {
    AwsSecretsManagerProvider noCredentials =
        new AwsSecretsManagerProvider(
            AwsSecretsManagerProvider.client(
                Region.AP_NORTHEAST_2,
                Optional.of(fake.endpoint()),
                () -> {
                  throw software.amazon.awssdk.core.exception.SdkClientException.create(
                      "Unable to load credentials from any of the providers in the chain");
                }),
            new Backoff(3, Duration.ofMillis(1000), Duration.ofMillis(2000)),
            waits::add);

    assertThatThrownBy(() -> noCredentials.find(SENS))
        .isInstanceOf(SecretsException.class)
        .hasMessage(
            "secret " + SENS + " could not be read: " + AwsSecretsManagerProvider.NO_CREDENTIALS);
    assertThat(waits).isEmpty();
    assertThat(fake.requestedIds()).isEmpty();
  }

  @Test
  void unreachableEndpoint_isRetried_thenFails() throws java.io.IOException {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    AwsSecretsManagerProvider unreachable =
        new AwsSecretsManagerProvider(
            AwsSecretsManagerProvider.client(
                Region.AP_NORTHEAST_2,
                Optional.of(java.net.URI.create("http://127.0.0.1:" + closedPort)),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKTEST", "sktest"))),
            new Backoff(3, Duration.ofMillis(1), Duration.ofMillis(2)),
            waits::add);

    assertThatThrownBy(() -> unreachable.find(SENS)).hasMessageContaining("after 3 attempts");
    assertThat(waits).hasSize(2);
  }
}
