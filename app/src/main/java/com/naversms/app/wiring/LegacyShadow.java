package com.naversms.app.wiring;

import com.naversms.core.comparison.ComparisonReport;
import com.naversms.core.comparison.ComparisonTelemetry;
import com.naversms.core.comparison.LegacyDifferences;
import com.naversms.core.comparison.PlanComparison;
import com.naversms.core.cycle.Planning;
import com.naversms.core.cycle.ShadowComparison;
import com.naversms.core.legacy.LegacyPlanner;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.Metrics;
import com.naversms.core.plan.Plan;

/**
 * Comparison mode against the legacy algorithm: the differences the project intends
 * (docs/compatibility.md) are labelled, the others are mismatches; all are logged and counted.
 */
final class LegacyShadow implements ShadowComparison {
  private final EventLog log;
  private final Metrics metrics;

  LegacyShadow(EventLog log, Metrics metrics) {
    this.log = log;
    this.metrics = metrics;
  }

  @Override
  public Planning baseline() {
    return LegacyPlanner::plan;
  }

  @Override
  public int compare(Input input, Plan baseline, Plan candidate, String requestId) {
    ComparisonReport report =
        PlanComparison.compare(
            baseline,
            candidate,
            LegacyDifferences.forCycle(input.bookings(), input.records(), input.now()),
            "legacy",
            "rules");
    ComparisonTelemetry.emit(report, log, metrics, requestId);
    return (int) report.unexpected();
  }
}
