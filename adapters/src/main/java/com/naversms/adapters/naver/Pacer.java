package com.naversms.adapters.naver;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps at least {@code interval} between the starts of two requests (per listing: one store's
 * bookings of one status).
 */
final class Pacer {
  private final long intervalNanos;
  private final ReentrantLock lock = new ReentrantLock();
  private long nextStart = Long.MIN_VALUE;

  Pacer(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  void await() throws InterruptedException {
    lock.lock();
    try {
      long now = System.nanoTime();
      if (nextStart != Long.MIN_VALUE && now < nextStart) {
        Thread.sleep(Duration.ofNanos(nextStart - now));
        now = System.nanoTime();
      }
      nextStart = now + intervalNanos;
    } finally {
      lock.unlock();
    }
  }

  /**
   * A request of this listing leaves now, sent from another thread inside the step {@link #await}
   * last granted (the first page): the next step waits a whole interval from now, however late that
   * thread started.
   */
  void started() {
    lock.lock();
    try {
      nextStart = Math.max(nextStart, System.nanoTime() + intervalNanos);
    } finally {
      lock.unlock();
    }
  }
}
