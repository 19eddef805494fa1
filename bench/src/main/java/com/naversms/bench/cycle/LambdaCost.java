package com.naversms.bench.cycle;

import com.naversms.bench.report.Row;

/**
 * Issue 19 item 5, the compute half: what a month of scheduled cycles costs on Lambda, from a
 * measured duration × the function's configured memory × the public price per GB-second. An
 * information row (the issue sets no target for it).
 */
final class LambdaCost {
  /** {@code infrastructure/terraform/variables.tf} {@code cycle_memory_mb}. */
  static final int MEMORY_MB = 512;

  /** {@code cron(0/20 * * * ? *)}: 3 an hour, 30 days. */
  static final int INVOCATIONS_PER_MONTH = 3 * 24 * 30;

  /**
   * AWS Lambda, x86_64, Asia Pacific (Seoul), first pricing tier, as published on
   * aws.amazon.com/lambda/pricing (the figures this file was written with on 2026-12-04; unchanged
   * since 2020): USD per GB-second of duration, and per request. Since 2025-08-01 the init phase of
   * a cold start is billed as duration too, so the duration is process start to the cycle done.
   */
  static final double USD_PER_GB_SECOND = 0.0000166667;

  static final double USD_PER_REQUEST = 0.20 / 1_000_000;

  static final String PRICE_DATE = "2026-12-04";

  private LambdaCost() {}

  /** The month's cost when every cycle takes {@code durationMs} (a cold start each). */
  static Row monthRow(double durationMs) {
    double gbSeconds = INVOCATIONS_PER_MONTH * (durationMs / 1000.0) * (MEMORY_MB / 1024.0);
    double usd = gbSeconds * USD_PER_GB_SECOND + INVOCATIONS_PER_MONTH * USD_PER_REQUEST;
    return new Row(
        "Lambda compute cost of a month of cycles ("
            + INVOCATIONS_PER_MONTH
            + " × the cycle Lambda artifact's measured start-up (1a) as a cold start × "
            + MEMORY_MB
            + " MB, USD "
            + USD_PER_GB_SECOND
            + "/GB-s + USD 0.20/M requests, x86 Seoul, prices of "
            + PRICE_DATE
            + ")",
        "info",
        String.format("USD %.4f (%.0f GB-s)", usd, gbSeconds),
        Double.NaN);
  }
}
