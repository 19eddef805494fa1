package com.naversms.core.cycle;

import com.naversms.core.concurrent.Ahead;
import com.naversms.core.optout.OptOutSource;
import com.naversms.core.optout.OptOuts;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.WaitingForOption;
import java.util.List;

/**
 * The cycle's reads that depend on nothing fetched: the records waiting for their option message
 * (the RC08 windows) and the opt-out list. Each starts on a virtual thread of its own as the cycle
 * opens the Naver session, so their round trips overlap the session check and the fetch instead of
 * following them (docs/performance.md, "Start-up"). {@link #close} waits for both, so no read
 * outlives its cycle.
 */
final class EarlyReads implements AutoCloseable {
  // dropped once taken: a cycle at 100 stores reads tens of thousands of them, which need not stay
  // alive for the rest of the cycle (docs/performance.md, "A chain of 100 stores")
  private Ahead<List<WaitingForOption>> waiting;
  private final Ahead<OptOuts> optOuts;

  private EarlyReads(Ahead<List<WaitingForOption>> waiting, Ahead<OptOuts> optOuts) {
    this.waiting = waiting;
    this.optOuts = optOuts;
  }

  static EarlyReads start(StateStore state, OptOutSource source) {
    return new EarlyReads(
        Ahead.virtual("waiting-records-read", state::waitingForOption),
        Ahead.virtual("opt-out-read", () -> OptOuts.read(source)));
  }

  /** The records waiting for their option message, or what reading them threw. */
  List<WaitingForOption> waitingRecords() {
    Ahead<List<WaitingForOption>> read = waiting;
    if (read == null) {
      throw new IllegalStateException("the waiting records are taken once");
    }
    List<WaitingForOption> records = read.get();
    waiting = null;
    return records;
  }

  /** The opt-out list as read this cycle ({@link OptOuts.Unreadable} when it could not be). */
  OptOuts optOuts() {
    try {
      return optOuts.get();
    } catch (Ahead.Interrupted e) {
      return OptOuts.unreadable("interrupted");
    } catch (RuntimeException e) {
      return OptOuts.unreadable(String.valueOf(e));
    }
  }

  /** Reads the cycle did not use are waited for; what they threw is reported where used. */
  @Override
  public void close() {
    if (waiting != null && !waiting.await()) {
      return;
    }
    optOuts.await();
  }
}
