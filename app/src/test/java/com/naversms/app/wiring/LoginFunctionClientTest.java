package com.naversms.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The cycle waits for the login function longer than the function may run, and never calls it twice
 * for one login (issue 14: the SDK's 30 s default and its retries started a second browser).
 */
class LoginFunctionClientTest {

  @Test
  void theCallOutlastsTheLoginFunctionsTimeoutThatTerraformPasses() {
    assertThat(LoginFunctionClient.callTimeout(Map.of("LOGIN_FUNCTION_TIMEOUT_SECONDS", "120")))
        .isEqualTo(Duration.ofSeconds(135));
    assertThat(LoginFunctionClient.callTimeout(Map.of("LOGIN_FUNCTION_TIMEOUT_SECONDS", "300")))
        .isEqualTo(Duration.ofSeconds(315));
    assertThat(LoginFunctionClient.callTimeout(Map.of()))
        .as("without Terraform's variable: the function's default timeout (120 s) + margin")
        .isEqualTo(Duration.ofSeconds(135));
    assertThatThrownBy(() ->
            LoginFunctionClient.callTimeout(
                Map.of("LOGIN_FUNCTION_TIMEOUT_SECONDS", "two minutes")))
        .hasMessageContaining("LOGIN_FUNCTION_TIMEOUT_SECONDS");
  }

  @Test
  void theBuiltClientWaitsThatLongAndNeverRetries() {
    Duration wait =
        LoginFunctionClient.callTimeout(Map.of("LOGIN_FUNCTION_TIMEOUT_SECONDS", "120"));
    try (LambdaClient lambda = LoginFunctionClient.build("ap-northeast-2", wait)) {
      ClientOverrideConfiguration override =
          lambda.serviceClientConfiguration().overrideConfiguration();
      assertThat(override.apiCallTimeout()).contains(Duration.ofSeconds(135));
      assertThat(override.apiCallAttemptTimeout()).contains(Duration.ofSeconds(135));
      assertThat(override.retryStrategy()).isPresent();
      assertThat(override.retryStrategy().get().maxAttempts()).as("one attempt, no retry").isOne();
    }
  }
}
