package com.naversms.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a {@link Simulator}: {@code SimulatorOptions.defaults().latency(ofMillis(50))}.
 * Immutable; every setter returns a copy.
 */
public final class SimulatorOptions {
  private final int port;
  private final Duration latency;
  private final Duration timeoutHold;
  private final Clock clock;

  private SimulatorOptions(int port, Duration latency, Duration timeoutHold, Clock clock) {
    this.port = port;
    this.latency = Objects.requireNonNull(latency);
    this.timeoutHold = Objects.requireNonNull(timeoutHold);
    this.clock = Objects.requireNonNull(clock);
  }

  /** Ephemeral port, no latency, system clock, timeouts held for 2 minutes. */
  public static SimulatorOptions defaults() {
    return new SimulatorOptions(0, Duration.ZERO, Duration.ofMinutes(2), Clock.systemUTC());
  }

  /** Port to listen on (0 = ephemeral). */
  public SimulatorOptions port(int newPort) {
    return new SimulatorOptions(newPort, latency, timeoutHold, clock);
  }

  /** Delay added to every request of every route (other requests are served meanwhile). */
  public SimulatorOptions latency(Duration newLatency) {
    return new SimulatorOptions(port, newLatency, timeoutHold, clock);
  }

  /** How long a {@code timeout()} fault holds a request before dropping it (or until close). */
  public SimulatorOptions timeoutHold(Duration hold) {
    return new SimulatorOptions(port, latency, hold, clock);
  }

  /**
   * The clock the simulator reads: SENS timestamp checks, receivedAt, session expiry. Give the
   * demo's clock here when the adapters sign with it.
   */
  public SimulatorOptions clock(Clock newClock) {
    return new SimulatorOptions(port, latency, timeoutHold, newClock);
  }

  public int port() {
    return port;
  }

  public Duration latency() {
    return latency;
  }

  public Duration timeoutHold() {
    return timeoutHold;
  }

  public Clock clock() {
    return clock;
  }
}
