package com.naversms.adapters.dynamodb;

import java.net.URI;
import java.util.Optional;

/**
 * Where the DynamoDB state lives: the legacy {@code sms} and {@code session} tables, the opt-out
 * table and the message ledger in one region, or at a local endpoint (DynamoDB Local, tests).
 *
 * @param optOutTable the table of numbers that refused advertising ({@code OPTOUT_TABLE})
 * @param endpoint an endpoint to use instead of the region's
 * @param ledgerTable the message ledger's table ({@code LEDGER_TABLE}, default {@code
 *     sms_messages}; docs/state.md 8)
 */
public record DynamoSettings(
    String smsTable,
    String sessionTable,
    String optOutTable,
    String region,
    Optional<URI> endpoint,
    String ledgerTable) {
  public static final String DEFAULT_REGION = "ap-northeast-2";

  /** The ledger in its default table. */
  public DynamoSettings(
      String smsTable,
      String sessionTable,
      String optOutTable,
      String region,
      Optional<URI> endpoint) {
    this(smsTable, sessionTable, optOutTable, region, endpoint, DynamoLedger.DEFAULT_TABLE);
  }

  /** What the start-up line prints: the tables, the region and the endpoint when set. */
  public String describe() {
    return "DynamoDB tables "
        + smsTable
        + ", "
        + sessionTable
        + ", "
        + optOutTable
        + ", "
        + ledgerTable
        + " ("
        + region
        + endpoint.map(e -> ", " + e).orElse("")
        + ")";
  }
}
