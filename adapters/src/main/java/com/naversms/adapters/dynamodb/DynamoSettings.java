package com.naversms.adapters.dynamodb;

import java.net.URI;
import java.util.Optional;

/**
 * Where the DynamoDB state lives: the legacy {@code sms} and {@code session} tables in one region,
 * or at a local endpoint (DynamoDB Local, tests).
 *
 * @param endpoint an endpoint to use instead of the region's
 */
public record DynamoSettings(
    String smsTable, String sessionTable, String region, Optional<URI> endpoint) {
  public static final String DEFAULT_REGION = "ap-northeast-2";

  /** What the start-up line prints: the tables, the region and the endpoint when set. */
  public String describe() {
    return "DynamoDB tables "
        + smsTable
        + ", "
        + sessionTable
        + " ("
        + region
        + endpoint.map(e -> ", " + e).orElse("")
        + ")";
  }
}
