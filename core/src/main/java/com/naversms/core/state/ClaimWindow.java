package com.naversms.core.state;

import java.time.Duration;
import java.time.Instant;

/**
 * The dates a live claim can have: after {@code from}, up to {@code to}. A claim dated at or before
 * {@code from} was left by a cycle that stopped between send and record; one dated after {@code to}
 * was written by a process whose clock runs ahead (clock skew between writers). Both are stale:
 * reported as uncertain deliveries, never re-sent automatically.
 */
public record ClaimWindow(Instant from, Instant to) {
  // A claim dated exactly at from is stale: one STALE_CLAIM_MINUTES old is old enough.

  /**
   * Claims younger than {@code staleAfter} are live, and so are claims up to {@code staleAfter} in
   * the future: a claim dated further ahead is stale at once, one less far ahead becomes stale
   * {@code staleAfter} after its date. Either way it is reported within twice {@code staleAfter}.
   */
  public static ClaimWindow around(Instant now, Duration staleAfter) {
    return new ClaimWindow(now.minus(staleAfter), now.plus(staleAfter));
  }

  /** Every claim dated before {@code before} is stale, none in the future. */
  public static ClaimWindow before(Instant before) {
    return new ClaimWindow(before.minusMillis(1), Instant.MAX);
  }

  public boolean isStale(Instant claimedAt) {
    return !claimedAt.isAfter(from) || claimedAt.isAfter(to);
  }

  public boolean isStale(long claimedAtMillis) {
    return isStale(Instant.ofEpochMilli(claimedAtMillis));
  }
}
