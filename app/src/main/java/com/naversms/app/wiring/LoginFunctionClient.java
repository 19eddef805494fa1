package com.naversms.app.wiring;

import com.naversms.app.settings.Environment;
import com.naversms.app.settings.NaverSettings;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The Lambda client through which the cycle calls the browser-login function. It waits longer than
 * the login function may run ({@code LOGIN_FUNCTION_TIMEOUT_SECONDS}, set by Terraform from the
 * function's own timeout) and never retries: with the SDK's defaults (30 s read timeout, three
 * attempts) a slow login failed on the cycle's side while the browser went on, and the retry
 * started a second browser login (issue 14).
 */
final class LoginFunctionClient {
  private LoginFunctionClient() {}

  /** How long one call may take ({@link NaverSettings#loginCallTimeout(Environment)}). */
  static Duration callTimeout(Map<String, String> env) {
    return NaverSettings.loginCallTimeout(Environment.of(env));
  }

  static LambdaClient build(String region, Duration callTimeout) {
    return LambdaClient.builder()
        .region(Region.of(region))
        .credentialsProvider(DefaultCredentialsProvider.builder().build())
        .httpClient(
            UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(10))
                .socketTimeout(callTimeout)
                .build())
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .apiCallTimeout(callTimeout)
                .apiCallAttemptTimeout(callTimeout)
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .build())
        .build();
  }
}
