package com.naversms.bench.cycle;

import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;

/** The bench does not look at metrics. */
final class NoMetrics implements Metrics {
  @Override
  public void add(MetricName metric, double value) {}

  @Override
  public void flush() {}
}
