package com.naversms.core.fakes;

import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;
import java.util.EnumMap;
import java.util.Map;

/** {@link Metrics} that sums values per metric and counts flushes. */
public final class RecordingMetrics implements Metrics {
  private final Map<MetricName, Double> totals = new EnumMap<>(MetricName.class);
  private final Map<String, Double> byDimensions = new java.util.HashMap<>();
  private int flushes;

  @Override
  public synchronized void add(MetricName metric, double value, Map<String, String> dimensions) {
    add(metric, value);
    byDimensions.merge(metric + " " + new java.util.TreeMap<>(dimensions), value, Double::sum);
  }

  /** The sum of {@code metric} added under exactly {@code dimensions}. */
  public synchronized double total(MetricName metric, Map<String, String> dimensions) {
    return byDimensions.getOrDefault(metric + " " + new java.util.TreeMap<>(dimensions), 0.0);
  }

  @Override
  public synchronized void add(MetricName metric, double value) {
    totals.merge(metric, value, Double::sum);
  }

  @Override
  public synchronized void flush() {
    flushes++;
  }

  public synchronized double total(MetricName metric) {
    return totals.getOrDefault(metric, 0.0);
  }

  /** Every metric added at least once, zeros included. */
  public synchronized java.util.Set<MetricName> names() {
    return java.util.Set.copyOf(totals.keySet());
  }

  public synchronized int flushes() {
    return flushes;
  }
}
