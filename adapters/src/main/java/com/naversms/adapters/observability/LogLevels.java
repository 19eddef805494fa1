package com.naversms.adapters.observability;

import com.naversms.core.observability.LogEvent.Level;
import java.util.Locale;

/** Reads {@code LOG_LEVEL} (DEBUG, INFO, WARN/WARNING, ERROR); anything else means INFO. */
public final class LogLevels {
  private LogLevels() {}

  public static Level parse(String value) {
    if (value == null || value.isBlank()) {
      return Level.INFO;
    }
    return switch (value.strip().toUpperCase(Locale.ROOT)) {
      case "DEBUG", "TRACE" -> Level.DEBUG;
      case "WARN", "WARNING" -> Level.WARN;
      case "ERROR" -> Level.ERROR;
      default -> Level.INFO;
    };
  }

  static boolean enabled(Level minimum, Level level) {
    return level.ordinal() >= minimum.ordinal();
  }
}
