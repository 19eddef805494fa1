package com.naversms.core.cycle;

import com.naversms.core.optout.OptOutSource;
import com.naversms.core.optout.OptOuts;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.WaitingForOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
  private FutureTask<List<WaitingForOption>> waiting;
  private final FutureTask<OptOuts> optOuts;

  private EarlyReads(FutureTask<List<WaitingForOption>> waiting, FutureTask<OptOuts> optOuts) {
    this.waiting = waiting;
    this.optOuts = optOuts;
  }

  static EarlyReads start(StateStore state, OptOutSource source) {
    EarlyReads reads =
        new EarlyReads(
            new FutureTask<>(state::waitingForOption),
            new FutureTask<>(() -> OptOuts.read(source)));
    Thread.ofVirtual().name("waiting-records-read").start(reads.waiting);
    Thread.ofVirtual().name("opt-out-read").start(reads.optOuts);
    return reads;
  }

  /** The records waiting for their option message, or what reading them threw. */
  List<WaitingForOption> waitingRecords() {
    FutureTask<List<WaitingForOption>> read = waiting;
    if (read == null) {
      throw new IllegalStateException("the waiting records are taken once");
    }
    try {
      List<WaitingForOption> records = read.get();
      waiting = null;
      return records;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error; // out of memory stays what it is, not a read that failed
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the waiting records", e);
    }
  }

  /** The opt-out list as read this cycle ({@link OptOuts.Unreadable} when it could not be). */
  OptOuts optOuts() {
    try {
      return optOuts.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      return OptOuts.unreadable(String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptOuts.unreadable("interrupted");
    }
  }

  @Override
  public void close() {
    for (FutureTask<?> read : Arrays.asList(waiting, optOuts)) {
      if (read == null) {
        continue;
      }
      try {
        read.get();
      } catch (ExecutionException e) {
        // reported where the cycle used it, or unused: the cycle ended before it needed it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
