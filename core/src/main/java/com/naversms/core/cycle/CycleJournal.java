package com.naversms.core.cycle;

import java.util.Optional;

/**
 * Where a live cycle leaves how it ended ({@link LastCycle}), for the owner's console: the session
 * table's item {@code last_cycle} (DynamoDB) or the state file's {@code session} row {@code
 * last_cycle} (SQLite). Only the last cycle is kept.
 */
public interface CycleJournal {
  void record(LastCycle cycle);

  /** The last cycle recorded, by any process; empty when none was. */
  Optional<LastCycle> last();
}
