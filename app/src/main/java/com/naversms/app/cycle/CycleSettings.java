package com.naversms.app.cycle;

import com.naversms.core.execution.ExecutionSettings;
import java.time.Duration;

/**
 * What one cycle needs to know about how it runs, mapped at the edge from environment variables and
 * flags ({@link com.naversms.app.wiring.AppSettings}).
 *
 * @param maxAttempts failed sends of one message before it is reported failed for good
 * @param staleClaimAfter age of an uncompleted claim at which it is an uncertain delivery
 * @param comparisonMode plan with two planners, compare, send and write nothing
 * @param dryRun fetch and plan only: send and write nothing
 * @param sendConcurrency bookings whose actions the executor runs at the same time (1: one after
 *     another, in plan order)
 */
public record CycleSettings(
    int maxAttempts,
    Duration staleClaimAfter,
    boolean comparisonMode,
    boolean dryRun,
    int sendConcurrency) {

  /** The default send concurrency. */
  public CycleSettings(
      int maxAttempts, Duration staleClaimAfter, boolean comparisonMode, boolean dryRun) {
    this(
        maxAttempts,
        staleClaimAfter,
        comparisonMode,
        dryRun,
        ExecutionSettings.DEFAULT_SEND_CONCURRENCY);
  }

  public static CycleSettings defaults() {
    return new CycleSettings(
        ExecutionSettings.DEFAULT_MAX_ATTEMPTS,
        ExecutionSettings.DEFAULT_STALE_CLAIM_AFTER,
        false,
        false);
  }

  /** Dry runs and comparison mode never send and never set flags (DESIGN.md 6.3). */
  public boolean suppressed() {
    return comparisonMode || dryRun;
  }

  public ExecutionSettings execution() {
    return new ExecutionSettings(
        maxAttempts,
        staleClaimAfter,
        suppressed() ? ExecutionSettings.Mode.SUPPRESSED : ExecutionSettings.Mode.LIVE,
        sendConcurrency);
  }

  public CycleSettings withDryRun(boolean value) {
    return new CycleSettings(maxAttempts, staleClaimAfter, comparisonMode, value, sendConcurrency);
  }

  public CycleSettings withComparisonMode(boolean value) {
    return new CycleSettings(maxAttempts, staleClaimAfter, value, dryRun, sendConcurrency);
  }

  public CycleSettings withSendConcurrency(int bookingsAtOnce) {
    return new CycleSettings(maxAttempts, staleClaimAfter, comparisonMode, dryRun, bookingsAtOnce);
  }
}
