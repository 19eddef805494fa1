package com.naversms.core.observability;

import java.util.Map;

/**
 * CloudWatch metrics (embedded metric format in production). Values are accumulated and written by
 * {@link #flush()}, once per cycle.
 */
public interface Metrics {
  void add(MetricName metric, double value);

  /** Adds a value under extra dimensions (e.g. {@code StoreId}). */
  default void add(MetricName metric, double value, Map<String, String> dimensions) {
    add(metric, value);
  }

  void flush();
}
