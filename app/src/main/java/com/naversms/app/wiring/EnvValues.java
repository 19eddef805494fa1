package com.naversms.app.wiring;

import com.naversms.adapters.env.BooleanSetting;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Typed reads of environment variables; a bad value names the variable. */
final class EnvValues {
  private final Map<String, String> env;

  EnvValues(Map<String, String> env) {
    this.env = env;
  }

  boolean present(String name) {
    return optional(name).isPresent();
  }

  Optional<String> optional(String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  String text(String name, String fallback) {
    return optional(name).orElse(fallback);
  }

  /**
   * A yes/no switch, off when absent; an unreadable value throws naming it ({@link
   * BooleanSetting}).
   */
  boolean flag(String name) {
    return BooleanSetting.read(env, name, false);
  }

  int integer(String name, int fallback, int min, int max) {
    Optional<String> raw = optional(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.get());
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + "=" + raw.get() + ": must be between " + min + " and " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + "=" + raw.get() + ": not a whole number", e);
    }
  }

  String choice(String name, String fallback) {
    String value = text(name, fallback).toLowerCase(Locale.ROOT);
    if (!Set.of("dynamodb", "sqlite").contains(value)) {
      throw new IllegalArgumentException(name + "=" + value + ": expected dynamodb or sqlite");
    }
    return value;
  }
}
