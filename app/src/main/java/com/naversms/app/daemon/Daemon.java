package com.naversms.app.daemon;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Runs a cycle at every slot until stopped. One thread: two cycles never run at once, and a cycle
 * that overruns its slot makes the daemon skip to the next free slot. Every {@link Throwable} of a
 * tick is caught and reported, because one escaping would silently cancel every later run.
 */
public final class Daemon {
  private final Runnable tick;
  private final Clock clock;
  private final UnaryOperator<Instant> nextSlot;
  private final PrintStream out;
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "naver-sms-daemon"));
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean stopping;

  public Daemon(Runnable tick, Clock clock, UnaryOperator<Instant> nextSlot, PrintStream out) {
    this.tick = tick;
    this.clock = clock;
    this.nextSlot = nextSlot;
    this.out = out;
  }

  /** At :00, :20 and :40 on the wall clock. */
  public static Daemon onWallClock(Runnable tick, Clock clock, PrintStream out) {
    return new Daemon(tick, clock, Slots::after, out);
  }

  public void start() {
    scheduleNext();
  }

  /** Blocks until {@link #stop()} finished. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Lets a running cycle finish (up to {@code grace}), then stops; safe to call twice. */
  public void stop(Duration grace) {
    stopping = true;
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        out.println("naver-sms daemon: cycle still running after " + grace + "; stopping anyway");
        scheduler.shutdownNow();
      }
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      stopped.countDown();
    }
  }

  private void scheduleNext() {
    if (stopping) {
      return;
    }
    Instant now = clock.instant();
    Instant next = nextSlot.apply(now);
    long delay = Math.max(0, Duration.between(now, next).toMillis());
    out.println("naver-sms daemon: next cycle at " + next);
    try {
      scheduler.schedule(this::runTick, delay, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // stop() shut the scheduler down between the check above and here: nothing more to run.
      out.println("naver-sms daemon: stopped");
    }
  }

  private void runTick() {
    try {
      tick.run();
    } catch (Throwable t) { // an escaping throwable would cancel every later run
      out.println("naver-sms daemon: cycle crashed: " + t);
    } finally {
      scheduleNext();
    }
  }
}
