package com.naversms.core.migration;

import com.naversms.core.booking.Booking;
import com.naversms.core.plan.Plan;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Comparison (shadow) mode of the cycle: a baseline planner plans the same cycle and both plans are
 * compared, logged and counted (docs/comparison.md). Nothing is sent and no flag is written in this
 * mode; the cycle sees to that. The implementation is the migration wing's (module {@code parity}).
 */
@FunctionalInterface
public interface ComparisonMode {

  /**
   * Plans the baseline from {@code input}, compares it with the rules' {@code candidate}, logs and
   * counts every difference.
   *
   * @return how many differences were unexpected
   */
  int compare(Input input, Plan candidate, String requestId);

  /** What both planners plan from: one cycle's bookings, records, instant and configuration. */
  record Input(
      List<Booking> bookings,
      Map<RecordKey, StoredRecord> records,
      Instant now,
      Configuration config) {}
}
