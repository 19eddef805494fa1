package com.naversms.app.settings;

import com.naversms.adapters.env.BooleanSetting;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The process environment, read with types; a bad value throws naming the variable. {@link
 * #process()} is the one place the product calls {@code System.getenv} (EnvironmentReadsTest holds
 * it); everything else takes an {@code Environment} or the settings built from it.
 */
public final class Environment {
  private final Map<String, String> env;

  private Environment(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** This process's environment variables. */
  public static Environment process() {
    return new Environment(System.getenv());
  }

  /** Given variables (tests, the demo, the simulated world). */
  public static Environment of(Map<String, String> env) {
    return new Environment(env);
  }

  /** The same variables with {@code name} set to {@code value} (a command-line flag wins). */
  public Environment with(String name, String value) {
    Map<String, String> copy = new HashMap<>(env);
    copy.put(name, value);
    return new Environment(copy);
  }

  /**
   * The variables as a map, for the parts that read variables by name by design: the secrets read
   * from the environment ({@code SECRETS_SOURCE=env}), the delivery switches and Chromium's paths.
   */
  public Map<String, String> asMap() {
    return env;
  }

  public boolean present(String name) {
    return optional(name).isPresent();
  }

  public Optional<String> optional(String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  public String text(String name, String fallback) {
    return optional(name).orElse(fallback);
  }

  /**
   * A yes/no switch, off when absent; an unreadable value throws naming it ({@link
   * BooleanSetting}).
   */
  public boolean flag(String name) {
    return BooleanSetting.read(env, name, false);
  }

  public int integer(String name, int fallback, int min, int max) {
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

  /** One of {@code allowed} (lower case), case-insensitively; {@code fallback} when absent. */
  public String choice(String name, String fallback, Set<String> allowed) {
    String value = text(name, fallback).toLowerCase(Locale.ROOT);
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(
          name
              + "="
              + value
              + ": expected "
              + String.join(" or ", allowed.stream().sorted().toList()));
    }
    return value;
  }
}
