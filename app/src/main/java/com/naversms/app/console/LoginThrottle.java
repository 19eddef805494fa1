package com.naversms.app.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The login rate limit: after {@link #MAX_FAILURES} wrong passwords from one address within {@link
 * #WINDOW}, that address may not try again until the oldest of them is older than the window; every
 * address together may fail at most {@link #MAX_TOTAL} times in the window, so many addresses
 * cannot guess faster.
 */
final class LoginThrottle {
  static final int MAX_FAILURES = 5;
  static final int MAX_TOTAL = 30;
  static final Duration WINDOW = Duration.ofMinutes(10);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Deque<Instant> all = new ArrayDeque<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether {@code address} may try a password now. */
  synchronized boolean allows(String address) {
    Instant since = clock.instant().minus(WINDOW);
    prune(all, since);
    Deque<Instant> mine = failures.get(address);
    if (mine != null) {
      prune(mine, since);
    }
    return all.size() < MAX_TOTAL && (mine == null || mine.size() < MAX_FAILURES);
  }

  synchronized void failed(String address) {
    Instant now = clock.instant();
    failures.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(now);
    all.addLast(now);
  }

  synchronized void succeeded(String address) {
    failures.remove(address);
  }

  private static void prune(Deque<Instant> times, Instant since) {
    while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
      times.removeFirst();
    }
  }
}
