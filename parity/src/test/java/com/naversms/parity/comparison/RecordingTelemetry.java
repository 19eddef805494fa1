package com.naversms.parity.comparison;

import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fakes of the log and metrics ports that keep what they were given. */
final class RecordingTelemetry implements EventLog, Metrics {
  final List<LogEvent> events = new ArrayList<>();
  final Map<MetricName, Double> metrics = new LinkedHashMap<>();

  @Override
  public void write(LogEvent event) {
    events.add(event);
  }

  @Override
  public void add(MetricName metric, double value) {
    metrics.merge(metric, value, Double::sum);
  }

  @Override
  public void flush() {}
}
