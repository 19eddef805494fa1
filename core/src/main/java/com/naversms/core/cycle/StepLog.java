package com.naversms.core.cycle;

import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import java.util.LinkedHashMap;
import java.util.Map;

/** Log lines of the cycle's steps (docs/design.md 7 fields at the top level). */
final class StepLog {
  private final EventLog log;

  StepLog(EventLog log) {
    this.log = log;
  }

  void success(ActionType type, String message, long durationMs, Map<LogField, Object> extra) {
    Map<LogField, Object> f = base(type, Status.SUCCESS, durationMs);
    f.putAll(extra);
    log.write(LogEvent.info(message, f));
  }

  void failure(ActionType type, String message, String errorType, String error, long durationMs) {
    failure(type, message, errorType, error, durationMs, Map.of());
  }

  void failure(
      ActionType type,
      String message,
      String errorType,
      String error,
      long durationMs,
      Map<LogField, Object> extra) {
    Map<LogField, Object> f = base(type, Status.FAILURE, durationMs);
    f.put(LogField.ERROR_TYPE, errorType);
    f.put(LogField.ERROR_MESSAGE, error);
    f.putAll(extra);
    log.write(LogEvent.error(message, f));
  }

  /** An INFO line of a step left out on purpose, with its reason. */
  void skipped(ActionType type, String message, String reason) {
    Map<LogField, Object> f = base(type, Status.SKIPPED, 0);
    f.put(LogField.REASON, reason);
    log.write(LogEvent.info(message, f));
  }

  void warn(ActionType type, String message, Map<LogField, Object> extra) {
    Map<LogField, Object> f = base(type, Status.FAILURE, 0);
    f.remove(LogField.DURATION_MS);
    f.putAll(extra);
    log.write(LogEvent.warn(message, f));
  }

  private static Map<LogField, Object> base(ActionType type, Status status, long durationMs) {
    Map<LogField, Object> f = new LinkedHashMap<>();
    f.put(LogField.ACTION_TYPE, type.value());
    f.put(LogField.STATUS, status.value());
    f.put(LogField.DURATION_MS, durationMs);
    return f;
  }
}
