package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import com.naversms.core.optout.OptOuts;
import com.naversms.core.plan.Plan;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A pure planner: the rule planner, or the legacy algorithm in comparison mode. {@code optOuts} is
 * the cycle's opt-out list (advertising messages are never planned to a number on it).
 */
@FunctionalInterface
public interface Planning {
  Plan plan(
      List<Booking> bookings,
      Map<RecordKey, StoredRecord> records,
      Instant now,
      Configuration config,
      OptOuts optOuts);
}
