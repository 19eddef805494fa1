package com.naversms.app.cycle;

import com.naversms.core.plan.Plan;

/**
 * Comparison (shadow) mode: a second planner plans the same cycle and both plans are compared,
 * logged and counted. Nothing is sent and no flag is written in this mode.
 */
public interface ShadowComparison {

  /** The baseline plan of the same bookings, records and instant. */
  Planning baseline();

  /**
   * Logs and counts the differences between the two plans.
   *
   * @return how many differences were unexpected
   */
  int compare(Plan baseline, Plan candidate, String requestId);
}
