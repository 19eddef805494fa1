package com.naversms.core.cycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where the cycle records that a day's digest went out, so that it goes out once per day across
 * restarts, processes and Lambda execution environments (docs/operations.md 2.7): the session
 * table's item {@code daily_digest} (DynamoDB) or the state file's table {@code digest} (SQLite).
 */
@FunctionalInterface
public interface DigestLedger {
  /**
   * Records the digest of {@code day} in one conditional write.
   *
   * @return true when this call recorded it (the caller posts the digest); false when a cycle did
   *     already
   */
  boolean claim(LocalDate day, Instant at);
}
