package com.naversms.core.cycle;

import com.naversms.core.delivery.CycleLimits;
import com.naversms.core.delivery.ExecutionSettings;
import com.naversms.core.delivery.StopSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one cycle needs to know about how it runs, mapped at the edge from environment variables and
 * flags (app.settings.AppSettings in module app).
 *
 * @param maxAttempts failed sends of one message before it is reported failed for good
 * @param staleClaimAfter age of an uncompleted claim at which it is an uncertain delivery
 * @param comparisonMode plan with two planners, compare, send and write nothing
 * @param dryRun fetch and plan only: send and write nothing
 * @param sendConcurrency bookings whose actions the executor runs at the same time (1: one after
 *     another, in plan order)
 * @param deadline from the cycle's start: past it no new booking is started and operator notices
 *     are given up (below the Lambda function's timeout)
 * @param noticeBudget how long operator notices may still take after the last customer send
 * @param chat when the per-cycle summary and the daily digest go to Telegram and Slack
 * @param planningAt the instant every cycle plans at instead of the clock's (the simulator only:
 *     {@code SIMULATOR_PLAN_AT}, docs/design.md 6.1); empty: the clock's instant
 */
public record CycleSettings(
    int maxAttempts,
    Duration staleClaimAfter,
    boolean comparisonMode,
    boolean dryRun,
    int sendConcurrency,
    Duration deadline,
    Duration noticeBudget,
    OperatorChat chat,
    Optional<Instant> planningAt) {

  /** 30 s below the Lambda function's default timeout of 300 s. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(270);

  /** Planning at the clock's instant. */
  public CycleSettings(
      int maxAttempts,
      Duration staleClaimAfter,
      boolean comparisonMode,
      boolean dryRun,
      int sendConcurrency,
      Duration deadline,
      Duration noticeBudget,
      OperatorChat chat) {
    this(
        maxAttempts,
        staleClaimAfter,
        comparisonMode,
        dryRun,
        sendConcurrency,
        deadline,
        noticeBudget,
        chat,
        Optional.empty());
  }

  /** A summary every cycle and no digest ({@link OperatorChat#everyCycle()}). */
  public CycleSettings(
      int maxAttempts,
      Duration staleClaimAfter,
      boolean comparisonMode,
      boolean dryRun,
      int sendConcurrency,
      Duration deadline,
      Duration noticeBudget) {
    this(
        maxAttempts,
        staleClaimAfter,
        comparisonMode,
        dryRun,
        sendConcurrency,
        deadline,
        noticeBudget,
        OperatorChat.everyCycle());
  }

  /** The default deadline and notice budget. */
  public CycleSettings(
      int maxAttempts,
      Duration staleClaimAfter,
      boolean comparisonMode,
      boolean dryRun,
      int sendConcurrency) {
    this(
        maxAttempts,
        staleClaimAfter,
        comparisonMode,
        dryRun,
        sendConcurrency,
        DEFAULT_DEADLINE,
        CycleLimits.DEFAULT_NOTICE_BUDGET);
  }

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

  /** Dry runs and comparison mode never send and never set flags (docs/design.md 6.3). */
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

  /** The limits of a cycle that started at {@code start}. */
  public CycleLimits limits(Instant start, StopSignal stop) {
    return new CycleLimits(start.plus(deadline), noticeBudget, stop);
  }

  public CycleSettings withDryRun(boolean value) {
    return new CycleSettings(
        maxAttempts,
        staleClaimAfter,
        comparisonMode,
        value,
        sendConcurrency,
        deadline,
        noticeBudget,
        chat,
        planningAt);
  }

  public CycleSettings withComparisonMode(boolean value) {
    return new CycleSettings(
        maxAttempts,
        staleClaimAfter,
        value,
        dryRun,
        sendConcurrency,
        deadline,
        noticeBudget,
        chat,
        planningAt);
  }

  public CycleSettings withSendConcurrency(int bookingsAtOnce) {
    return new CycleSettings(
        maxAttempts,
        staleClaimAfter,
        comparisonMode,
        dryRun,
        bookingsAtOnce,
        deadline,
        noticeBudget,
        chat,
        planningAt);
  }

  public CycleSettings withLimits(Duration cycleDeadline, Duration budget) {
    return new CycleSettings(
        maxAttempts,
        staleClaimAfter,
        comparisonMode,
        dryRun,
        sendConcurrency,
        cycleDeadline,
        budget,
        chat,
        planningAt);
  }

  public CycleSettings withChat(OperatorChat value) {
    return new CycleSettings(
        maxAttempts,
        staleClaimAfter,
        comparisonMode,
        dryRun,
        sendConcurrency,
        deadline,
        noticeBudget,
        value,
        planningAt);
  }

  /**
   * Every cycle plans at {@code instant} (fetch windows, rules, quiet hours, the advertising hours,
   * templates' {@code now}); everything else keeps the clock (docs/design.md 6.1).
   */
  public CycleSettings withPlanningAt(Optional<Instant> instant) {
    return new CycleSettings(
        maxAttempts,
        staleClaimAfter,
        comparisonMode,
        dryRun,
        sendConcurrency,
        deadline,
        noticeBudget,
        chat,
        instant);
  }

  /** The instant a cycle that started at {@code clockNow} plans at. */
  public Instant planningInstant(Instant clockNow) {
    return planningAt.orElse(clockNow);
  }
}
