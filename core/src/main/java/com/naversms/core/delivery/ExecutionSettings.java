package com.naversms.core.delivery;

import java.time.Duration;

/**
 * How the executor carries out a plan.
 *
 * @param maxAttempts failed sends of one message before it is reported as failed for good
 * @param staleClaimAfter a claim older than this was left by a cycle that died between send and
 *     record: the message is reported as an uncertain delivery (about one cycle)
 * @param mode {@link Mode#SUPPRESSED} for dry runs and comparison mode: nothing is claimed, sent,
 *     written or notified (docs/design.md 6.3)
 * @param sendConcurrency bookings whose actions run at the same time (each booking's actions one
 *     after another, in plan order); 1 runs the whole plan in plan order on the calling thread
 */
public record ExecutionSettings(
    int maxAttempts, Duration staleClaimAfter, Mode mode, int sendConcurrency) {
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final Duration DEFAULT_STALE_CLAIM_AFTER = Duration.ofMinutes(15);

  /**
   * 32 bookings at a time. Lanes are what the executor has claimed and not yet recorded, not
   * requests: the SMS channel joins the messages waiting at the same moment into requests of up to
   * 100 and keeps at most 8 open to SENS (adapters.sens.SensBatchSender, docs/operations.md 2.2),
   * so more lanes make larger batches, not more load on SENS. 32 sends a first cycle of 489
   * messages in about 16 requests.
   */
  public static final int DEFAULT_SEND_CONCURRENCY = 32;

  public static final int MAX_SEND_CONCURRENCY = 100;

  public ExecutionSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (staleClaimAfter.isNegative()) {
      throw new IllegalArgumentException("staleClaimAfter must not be negative");
    }
    if (sendConcurrency < 1 || sendConcurrency > MAX_SEND_CONCURRENCY) {
      throw new IllegalArgumentException(
          "sendConcurrency must be 1.." + MAX_SEND_CONCURRENCY + ", was " + sendConcurrency);
    }
  }

  /** The default send concurrency. */
  public ExecutionSettings(int maxAttempts, Duration staleClaimAfter, Mode mode) {
    this(maxAttempts, staleClaimAfter, mode, DEFAULT_SEND_CONCURRENCY);
  }

  public static ExecutionSettings live() {
    return new ExecutionSettings(DEFAULT_MAX_ATTEMPTS, DEFAULT_STALE_CLAIM_AFTER, Mode.LIVE);
  }

  public static ExecutionSettings suppressed() {
    return new ExecutionSettings(DEFAULT_MAX_ATTEMPTS, DEFAULT_STALE_CLAIM_AFTER, Mode.SUPPRESSED);
  }

  public ExecutionSettings withMaxAttempts(int attempts) {
    return new ExecutionSettings(attempts, staleClaimAfter, mode, sendConcurrency);
  }

  public ExecutionSettings withStaleClaimAfter(Duration after) {
    return new ExecutionSettings(maxAttempts, after, mode, sendConcurrency);
  }

  public ExecutionSettings withSendConcurrency(int bookingsAtOnce) {
    return new ExecutionSettings(maxAttempts, staleClaimAfter, mode, bookingsAtOnce);
  }

  /** Live sends and writes, or a run that only reports what it would have done. */
  public enum Mode {
    LIVE,
    SUPPRESSED
  }
}
