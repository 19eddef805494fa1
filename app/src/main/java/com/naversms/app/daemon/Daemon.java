package com.naversms.app.daemon;

import com.naversms.core.delivery.StopSignal;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Runs a cycle at every slot until asked to stop. One thread: two cycles never run at once, and a
 * cycle that overruns its slot makes the daemon skip to the next free slot. Every {@link Throwable}
 * of a tick is caught and reported, because one escaping would silently end every later run.
 *
 * <p>A stop request wakes the thread at once when it is waiting for the next slot, so no cycle
 * starts after it; a cycle already running is told through the {@link StopSignal} it was given to
 * start no new booking and to finish by the end of the grace period (issue 11 item 9).
 */
public final class Daemon {
  /** What the cycle gets of the grace period: the rest is for recording, closing and exiting. */
  private static final Duration EXIT_MARGIN = Duration.ofSeconds(1);

  private final Runnable tick;
  private final Clock clock;
  private final UnaryOperator<Instant> nextSlot;
  private final PrintStream out;
  private final StopSignal stop;
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile long requestedAtNanos;

  /**
   * @param tick one cycle; it should watch {@code stop}
   * @param nextSlot the first slot strictly after an instant
   */
  public Daemon(
      Runnable tick,
      Clock clock,
      UnaryOperator<Instant> nextSlot,
      PrintStream out,
      StopSignal stop) {
    this.tick = tick;
    this.clock = clock;
    this.nextSlot = nextSlot;
    this.out = out;
    this.stop = stop;
  }

  public Daemon(Runnable tick, Clock clock, UnaryOperator<Instant> nextSlot, PrintStream out) {
    this(tick, clock, nextSlot, out, new StopSignal());
  }

  /** At :00, :20 and :40 on the wall clock. */
  public static Daemon onWallClock(Runnable tick, Clock clock, PrintStream out) {
    return new Daemon(tick, clock, Slots::after, out);
  }

  public void start() {
    Thread.ofPlatform().name("naver-sms-daemon").start(this::loop);
  }

  /**
   * Asks the daemon to stop and returns at once: no new cycle starts, and a running one is told to
   * be done within {@code grace}. Safe to call again (the first call's grace holds).
   */
  public void requestStop(Duration grace) {
    synchronized (this) {
      if (stopRequested.getCount() == 0) {
        return;
      }
      requestedAtNanos = System.nanoTime();
      Duration forCycle = grace.compareTo(EXIT_MARGIN) > 0 ? grace.minus(EXIT_MARGIN) : grace;
      stop.raise(clock.instant().plus(forCycle));
      stopRequested.countDown();
    }
    out.println("naver-sms daemon: stopping (grace " + grace.toMillis() + " ms)");
  }

  /**
   * Waits for a stop request, then up to {@code grace} after it for the running cycle to end.
   *
   * @return false when a cycle was still running when the grace period ran out
   */
  public boolean awaitStop(Duration grace) throws InterruptedException {
    stopRequested.await();
    long left = grace.toNanos() - (System.nanoTime() - requestedAtNanos);
    if (stopped.await(Math.max(0, left), TimeUnit.NANOSECONDS)) {
      return true;
    }
    out.println(
        "naver-sms daemon: a cycle was still running "
            + grace.toMillis()
            + " ms after the stop request; exiting anyway (a message it had in flight is"
            + " reported as an uncertain delivery by a later cycle)");
    return false;
  }

  /** Requests a stop and waits up to {@code grace} for the running cycle; safe to call twice. */
  public boolean stop(Duration grace) {
    requestStop(grace);
    try {
      return awaitStop(grace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Blocks until the daemon's thread has ended. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  private void loop() {
    try {
      while (!stop.raised()) {
        Instant now = clock.instant();
        Instant next = nextSlot.apply(now);
        long delay = Math.max(0, Duration.between(now, next).toMillis());
        out.println("naver-sms daemon: next cycle at " + NoticeTime.of(next));
        if (stopRequested.await(delay, TimeUnit.MILLISECONDS) || stop.raised()) {
          break;
        }
        runTick();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      out.println("naver-sms daemon: stopped");
      stopped.countDown();
    }
  }

  private void runTick() {
    try {
      tick.run();
    } catch (Throwable t) { // an escaping throwable would end every later run
      out.println("naver-sms daemon: cycle crashed: " + t);
    }
    giveMemoryBack();
  }

  /**
   * Between two cycles the daemon idles for most of 20 minutes. The launcher's Serial collector
   * grows the old generation with what each cycle promoted and gives memory back only after a full
   * collection finds most of it free; one collection now (tens of milliseconds for a live set of
   * ~20 MB) lets it shrink the heap to the launcher's {@code MaxHeapFreeRatio}, so the idle
   * resident set stays flat from cycle to cycle instead of growing (issue 19 item 2,
   * docs/performance.md).
   */
  private static void giveMemoryBack() {
    System.gc();
  }
}
