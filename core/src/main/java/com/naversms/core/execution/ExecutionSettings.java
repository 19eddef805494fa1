package com.naversms.core.execution;

import java.time.Duration;

/**
 * How the executor carries out a plan.
 *
 * @param maxAttempts failed sends of one message before it is reported as failed for good
 * @param staleClaimAfter a claim older than this was left by a cycle that died between send and
 *     record: the message is reported as an uncertain delivery (about one cycle)
 * @param mode {@link Mode#SUPPRESSED} for dry runs and comparison mode: nothing is claimed, sent,
 *     written or notified (DESIGN.md 6.3)
 */
public record ExecutionSettings(int maxAttempts, Duration staleClaimAfter, Mode mode) {
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final Duration DEFAULT_STALE_CLAIM_AFTER = Duration.ofMinutes(15);

  public ExecutionSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (staleClaimAfter.isNegative()) {
      throw new IllegalArgumentException("staleClaimAfter must not be negative");
    }
  }

  public static ExecutionSettings live() {
    return new ExecutionSettings(DEFAULT_MAX_ATTEMPTS, DEFAULT_STALE_CLAIM_AFTER, Mode.LIVE);
  }

  public static ExecutionSettings suppressed() {
    return new ExecutionSettings(DEFAULT_MAX_ATTEMPTS, DEFAULT_STALE_CLAIM_AFTER, Mode.SUPPRESSED);
  }

  public ExecutionSettings withMaxAttempts(int attempts) {
    return new ExecutionSettings(attempts, staleClaimAfter, mode);
  }

  public ExecutionSettings withStaleClaimAfter(Duration after) {
    return new ExecutionSettings(maxAttempts, after, mode);
  }

  /** Live sends and writes, or a run that only reports what it would have done. */
  public enum Mode {
    LIVE,
    SUPPRESSED
  }
}
