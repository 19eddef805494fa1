package com.naversms.core.observability;

/** Structured logs: one JSON object per line in production (docs/design.md 7). */
public interface EventLog {
  void write(LogEvent event);
}
