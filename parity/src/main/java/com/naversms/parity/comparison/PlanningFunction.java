package com.naversms.parity.comparison;

import com.naversms.core.booking.Booking;
import com.naversms.core.plan.Plan;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A pure planner: the rule planner or the legacy one ({@code Planner::plan}). */
@FunctionalInterface
public interface PlanningFunction {
  Plan plan(
      List<Booking> bookings,
      Map<RecordKey, StoredRecord> records,
      Instant now,
      Configuration config);
}
