package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import com.naversms.core.plan.Plan;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
  int compare(Input input, Plan baseline, Plan candidate, String requestId);

  /** What both planners planned from. */
  record Input(List<Booking> bookings, Map<RecordKey, StoredRecord> records, Instant now) {}
}
