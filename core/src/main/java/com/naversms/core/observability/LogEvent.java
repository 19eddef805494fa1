package com.naversms.core.observability;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One structured log line before it is written. Fields use the {@link LogField} names; values are
 * already masked by whoever builds the event (phones as {@code 010-****-5678}, names as {@code
 * 김*수}); the writer masks again defensively.
 */
public record LogEvent(Level level, String message, Map<LogField, Object> fields) {
  public LogEvent {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public static LogEvent info(String message, Map<LogField, Object> fields) {
    return new LogEvent(Level.INFO, message, fields);
  }

  public static LogEvent warn(String message, Map<LogField, Object> fields) {
    return new LogEvent(Level.WARN, message, fields);
  }

  public static LogEvent error(String message, Map<LogField, Object> fields) {
    return new LogEvent(Level.ERROR, message, fields);
  }

  public enum Level {
    DEBUG,
    INFO,
    WARN,
    ERROR
  }
}
