package com.naversms.parity.shadow;

import com.naversms.core.migration.ComparisonMode;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.Metrics;
import com.naversms.core.plan.Plan;
import com.naversms.parity.comparison.Baseline;
import com.naversms.parity.comparison.ComparisonReport;
import com.naversms.parity.comparison.ComparisonTelemetry;

/**
 * Comparison mode against the legacy algorithm: the differences the project intends
 * (docs/compatibility.md) are labelled, the others are mismatches; all are logged and counted.
 */
public final class LegacyShadow implements ComparisonMode {
  private final EventLog log;
  private final Metrics metrics;

  public LegacyShadow(EventLog log, Metrics metrics) {
    this.log = log;
    this.metrics = metrics;
  }

  @Override
  public int compare(Input input, Plan candidate, String requestId) {
    ComparisonReport report = Baseline.legacy().compare(input, candidate, "rules");
    ComparisonTelemetry.emit(report, log, metrics, requestId);
    return (int) report.unexpected();
  }
}
