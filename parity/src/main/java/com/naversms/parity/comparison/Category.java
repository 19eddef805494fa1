package com.naversms.parity.comparison;

import com.naversms.core.observability.MetricName;

/** What a compared item is; each has its own event type and mismatch metric (docs/design.md 7). */
public enum Category {
  SMS("sms_comparison", MetricName.SMS_MISMATCH_COUNT),
  DB("db_operation_comparison", MetricName.DB_MISMATCH_COUNT),
  TELEGRAM("telegram_comparison", MetricName.TELEGRAM_MISMATCH_COUNT);

  private final String eventType;
  private final MetricName mismatchMetric;

  Category(String eventType, MetricName mismatchMetric) {
    this.eventType = eventType;
    this.mismatchMetric = mismatchMetric;
  }

  /** The {@code event_type} of this item's log event. */
  public String eventType() {
    return eventType;
  }

  public MetricName mismatchMetric() {
    return mismatchMetric;
  }

  /** Lower-case name used in the intended-differences list and the report. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
