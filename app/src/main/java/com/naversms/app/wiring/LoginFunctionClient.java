package com.naversms.app.wiring;

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
  /** Beyond the function's timeout: Lambda's own overhead and the answer's transfer. */
  static final Duration MARGIN = Duration.ofSeconds(15);

  /** The login function's timeout when Terraform does not say (its default, variables.tf). */
  static final int DEFAULT_FUNCTION_TIMEOUT_SECONDS = 120;

  private LoginFunctionClient() {}

  /** How long one call may take: the function's timeout plus {@link #MARGIN}. */
  static Duration callTimeout(Map<String, String> env) {
    int seconds =
        new EnvValues(env)
            .integer("LOGIN_FUNCTION_TIMEOUT_SECONDS", DEFAULT_FUNCTION_TIMEOUT_SECONDS, 1, 900);
    return Duration.ofSeconds(seconds).plus(MARGIN);
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
