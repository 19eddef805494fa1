package com.naversms.app.console;

import com.naversms.core.booking.Booking;
import com.naversms.core.plan.Plan;
import com.naversms.core.rules.Rule;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.util.List;
import java.util.Map;

/**
 * {@code explain}'s verdicts for one booking as text (the command line's renderer, handed in by
 * whoever starts the console, so the 규칙 page and {@code explain} print the same thing).
 */
@FunctionalInterface
public interface Verdicts {
  Verdicts NONE = (b, records, plan, rules) -> "";

  String render(Booking b, Map<RecordKey, StoredRecord> records, Plan plan, List<Rule> rules);
}
