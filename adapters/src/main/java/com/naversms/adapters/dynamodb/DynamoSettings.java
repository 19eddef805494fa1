package com.naversms.adapters.dynamodb;

import java.net.URI;
import java.util.Optional;

/**
 * Where the DynamoDB state lives: the legacy {@code sms} and {@code session} tables and the opt-out
 * table in one region, or at a local endpoint (DynamoDB Local, tests).
 *
 * @param optOutTable the table of numbers that refused advertising ({@code OPTOUT_TABLE})
 * @param endpoint an endpoint to use instead of the region's
 */
public record DynamoSettings(
    String smsTable,
    String sessionTable,
    String optOutTable,
    String region,
    Optional<URI> endpoint) {
  public static final String DEFAULT_REGION = "ap-northeast-2";

  /** What the start-up line prints: the tables, the region and the endpoint when set. */
  public String describe() {
    return "DynamoDB tables "
        + smsTable
        + ", "
        + sessionTable
        + ", "
        + optOutTable
        + " ("
        + region
        + endpoint.map(e -> ", " + e).orElse("")
        + ")";
  }
}
