package com.naversms.adapters.dynamodb;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The one way the product builds its DynamoDB client: the cycle, the Lambda functions and the
 * session commands share it. Built once per process (Lambda: in the handler's constructor). The
 * SDK's own retries are off: {@link Retries} is the one retry layer of every call, so a call is
 * tried at most its bound in all, never that bound times the SDK's (docs/state.md, "Costs and
 * consistency").
 */
public final class DynamoClients {
  private DynamoClients() {}

  /** Over the URL-connection HTTP client (no Apache or Netty in the artifacts). */
  public static DynamoDbClient create(DynamoSettings settings) {
    return create(
        settings, UrlConnectionHttpClient.create(), DefaultCredentialsProvider.builder().build());
  }

  /** Over {@code http}: tests pass one that injects faults and counts the requests. */
  public static DynamoDbClient create(
      DynamoSettings settings, SdkHttpClient http, AwsCredentialsProvider credentials) {
    DynamoDbClientBuilder builder =
        DynamoDbClient.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials)
            .httpClient(http)
            .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }
}
