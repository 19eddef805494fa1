package com.naversms.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One request as the simulator received it, recorded before any fault or check applied.
 *
 * @param query decoded query parameters (first value of each name)
 * @param headers header names in lower case; repeated headers joined with ", "
 */
public record RecordedRequest(
    String method,
    String path,
    Map<String, String> query,
    Map<String, String> headers,
    String body,
    Instant receivedAt) {
  public RecordedRequest {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /** The header's value (name case-insensitive), or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }
}
