package com.naversms.adapters.sens;

import com.naversms.adapters.env.BooleanSetting;
import java.util.Map;

/**
 * Whether the SENS sender may send at all (docs/design.md 6.6). Anything but {@link #LIVE} makes
 * every send return {@code Suppressed} without a request, whatever the caller asks.
 */
public enum DeliveryMode {
  LIVE("delivery enabled"),
  DISABLED("SENS delivery is disabled (SENS_DELIVERY_ENABLED is not on)"),
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
   * on; {@code COMPARISON_MODE} or {@code COMPARISON_MODE_ENABLED} on suppresses; under {@code CI}
   * or {@code GITHUB_ACTIONS} sending also needs {@code ALLOW_SENS_IN_CI} on. Every switch is read
   * by {@link BooleanSetting}: an unreadable one throws (naming it) before anything is sent; the CI
   * markers, which CI systems set to values of their own, count as on unless they say off.
   */
  public static DeliveryMode fromEnvironment(Map<String, String> env) {
    boolean enabled = BooleanSetting.read(env, "SENS_DELIVERY_ENABLED", false);
    boolean comparison =
        BooleanSetting.read(env, "COMPARISON_MODE", false)
            | BooleanSetting.read(env, "COMPARISON_MODE_ENABLED", false);
    boolean allowedInCi = BooleanSetting.read(env, "ALLOW_SENS_IN_CI", false);
    if (!enabled) {
      return DISABLED;
    }
    if (comparison) {
      return COMPARISON;
    }
    boolean ci = BooleanSetting.marker(env, "CI") || BooleanSetting.marker(env, "GITHUB_ACTIONS");
    if (ci && !allowedInCi) {
      return CI_BLOCKED;
    }
    return LIVE;
  }
}
