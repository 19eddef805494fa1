package com.naversms.core.ports;

import com.naversms.core.observability.LogEvent;

/** Structured logs: one JSON object per line in production (DESIGN.md 7). */
public interface EventLog {
  void write(LogEvent event);
}
