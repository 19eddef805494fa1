package com.naversms.adapters.sens;

import java.util.Map;

/**
 * Whether the SENS sender may send at all (DESIGN.md 6.6). Anything but {@link #LIVE} makes every
 * send return {@code Suppressed} without a request, whatever the caller asks.
 */
public enum DeliveryMode {
  LIVE("delivery enabled"),
  DISABLED("SENS delivery is disabled (SENS_DELIVERY_ENABLED is not true)"),
  COMPARISON("comparison mode: the sender never sends"),
  CI_BLOCKED("running in CI without ALLOW_SENS_IN_CI=true");

  private final String reason;

  DeliveryMode(String reason) {
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }

  /**
   * The legacy gates in their legacy order (reference 3.2): {@code SENS_DELIVERY_ENABLED} must be
   * {@code true}; {@code COMPARISON_MODE_ENABLED=true} suppresses; under {@code CI} or {@code
   * GITHUB_ACTIONS} sending also needs {@code ALLOW_SENS_IN_CI=true}.
   */
  public static DeliveryMode fromEnvironment(Map<String, String> env) {
    if (!isTrue(env, "SENS_DELIVERY_ENABLED")) {
      return DISABLED;
    }
    if (isTrue(env, "COMPARISON_MODE_ENABLED")) {
      return COMPARISON;
    }
    boolean ci = isTrue(env, "CI") || isTrue(env, "GITHUB_ACTIONS");
    if (ci && !isTrue(env, "ALLOW_SENS_IN_CI")) {
      return CI_BLOCKED;
    }
    return LIVE;
  }

  private static boolean isTrue(Map<String, String> env, String name) {
    return "true".equalsIgnoreCase(env.getOrDefault(name, "").trim());
  }
}
