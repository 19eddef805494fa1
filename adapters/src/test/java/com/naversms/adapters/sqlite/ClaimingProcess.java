package com.naversms.adapters.sqlite;

import com.naversms.adapters.statecontract.Records;
import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a separate JVM by {@link SqliteFileTest}: claims messages 0..n-1 on the given file and
 * prints the number of each message it won.
 */
public final class ClaimingProcess {
  static final MessageOrigin ORIGIN = new MessageOrigin("New Booking Confirmation", "confirmation");

  private ClaimingProcess() {}

  public static void main(String[] args) {
    SqliteStateStore store = SqliteStateStore.open(Path.of(args[0]));
    int n = Integer.parseInt(args[1]);
    Instant now = Instant.parse("2026-11-27T03:00:00Z");
    for (int i = 0; i < n; i++) {
      ClaimOutcome outcome =
          store.claim(new MessageKey(Records.key(i), Flags.CONFIRM), ORIGIN, 3, now);
      if (outcome instanceof ClaimOutcome.Claimed) {
        System.out.println("won " + i);
      }
    }
  }
}
