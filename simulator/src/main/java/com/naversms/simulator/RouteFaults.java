package com.naversms.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The faults injected into one route. Each call adds a fault that applies to every following
 * request; {@link #times(int)} limits the fault added last to that many requests. Faults are tried
 * in the order they were added; the first one left applies. Latency adds up and does not stop the
 * request; {@link #failNth(int, int)} counts the requests the route receives from the moment it was
 * added (1 = the next one).
 */
public final class RouteFaults {
  private final List<Fault> faults = new ArrayList<>();
  private Integer retryAfterSeconds;

  private static final class Fault {
    final FaultDecision.Failure failure;
    final Duration delay;
    final int nth; // 0 = any request
    int remaining = -1; // -1 = unlimited
    int seen;

    Fault(FaultDecision.Failure failure, Duration delay, int nth) {
      this.failure = failure;
      this.delay = delay;
      this.nth = nth;
    }
  }

  /** Answer with this HTTP status (the route's error body) instead of running the route. */
  public synchronized RouteFaults status(int code) {
    return add(new FaultDecision.Failure.Status(code, null), Duration.ZERO, 0);
  }

  /** Delay every request by this much (on top of the global latency). */
  public synchronized RouteFaults latency(Duration delay) {
    return add(new FaultDecision.Failure.None(), delay, 0);
  }

  /** Run the route but send a truncated body that does not parse. */
  public synchronized RouteFaults malformedBody() {
    return add(new FaultDecision.Failure.MalformedBody(), Duration.ZERO, 0);
  }

  /** Never answer (until the simulator stops): the client's timeout must fire. */
  public synchronized RouteFaults timeout() {
    return add(new FaultDecision.Failure.Timeout(false), Duration.ZERO, 0);
  }

  /**
   * Runs the route (a message is accepted, a booking served) and then never answers: the client
   * cannot know whether its request took effect.
   */
  public synchronized RouteFaults timeoutAfterHandling() {
    return add(new FaultDecision.Failure.Timeout(true), Duration.ZERO, 0);
  }

  /** Close the connection without answering. */
  public synchronized RouteFaults dropConnection() {
    return add(new FaultDecision.Failure.Drop(false), Duration.ZERO, 0);
  }

  /** Runs the route, then closes the connection without sending its answer. */
  public synchronized RouteFaults dropConnectionAfterHandling() {
    return add(new FaultDecision.Failure.Drop(true), Duration.ZERO, 0);
  }

  /** The n-th request from now (1-based) gets this status; the others run normally. */
  public synchronized RouteFaults failNth(int n, int code) {
    if (n < 1) {
      throw new IllegalArgumentException("failNth counts from 1, got " + n);
    }
    return add(new FaultDecision.Failure.Status(code, null), Duration.ZERO, n);
  }

  /** Limits the fault added last to the next {@code n} requests. */
  public synchronized RouteFaults times(int n) {
    if (faults.isEmpty()) {
      throw new IllegalStateException("times(n) follows a fault, e.g. status(503).times(2)");
    }
    faults.get(faults.size() - 1).remaining = n;
    return this;
  }

  /**
   * Limits the fault added last to the {@code n}-th request from the moment it was added (1 = the
   * next one): {@code dropConnectionAfterHandling().nth(2)} loses the answer of the second request
   * only.
   */
  public synchronized RouteFaults nth(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("nth counts from 1, got " + n);
    }
    if (faults.isEmpty()) {
      throw new IllegalStateException("nth(n) follows a fault, e.g. status(503).nth(2)");
    }
    Fault last = faults.remove(faults.size() - 1);
    faults.add(new Fault(last.failure, last.delay, n));
    return this;
  }

  /**
   * Adds a Retry-After of this many seconds to injected error statuses (header, and Telegram's
   * {@code parameters.retry_after}).
   */
  public synchronized RouteFaults retryAfter(int seconds) {
    this.retryAfterSeconds = seconds;
    return this;
  }

  synchronized FaultDecision decide() {
    Duration delay = Duration.ZERO;
    FaultDecision.Failure failure = null;
    for (Fault fault : faults) {
      fault.seen++;
      if (fault.remaining == 0 || (fault.nth > 0 && fault.seen != fault.nth)) {
        continue;
      }
      boolean isDelay = fault.failure instanceof FaultDecision.Failure.None;
      if (!isDelay && failure != null) {
        continue;
      }
      if (fault.remaining > 0) {
        fault.remaining--;
      }
      delay = delay.plus(fault.delay);
      if (!isDelay) {
        failure = withRetryAfter(fault.failure);
      }
    }
    return new FaultDecision(delay, failure == null ? new FaultDecision.Failure.None() : failure);
  }

  private FaultDecision.Failure withRetryAfter(FaultDecision.Failure failure) {
    if (failure instanceof FaultDecision.Failure.Status status) {
      return new FaultDecision.Failure.Status(status.code(), retryAfterSeconds);
    }
    return failure;
  }

  private RouteFaults add(FaultDecision.Failure failure, Duration delay, int nth) {
    faults.add(new Fault(failure, delay, nth));
    return this;
  }
}
