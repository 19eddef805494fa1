package com.naversms.simulator;

import java.time.Duration;

/**
 * What the fault plan of a route does to one request: an extra delay, then at most one way of
 * failing it.
 */
public record FaultDecision(Duration delay, Failure failure) {
  static final FaultDecision NONE = new FaultDecision(Duration.ZERO, new Failure.None());

  /** How the request fails, if it does. */
  public sealed interface Failure {
    /** Answer normally. */
    record None() implements Failure {}

    /** Answer this status (in the route's own error shape) without running the route. */
    record Status(int code, Integer retryAfterSeconds) implements Failure {}

    /** Run the route, then cut its body short so it no longer parses. */
    record MalformedBody() implements Failure {}

    /**
     * Hold the request without answering until the simulator stops.
     *
     * @param afterRoute run the route first (the message is accepted, the answer never comes)
     */
    record Timeout(boolean afterRoute) implements Failure {}

    /**
     * Close the connection without an answer.
     *
     * @param afterRoute run the route first (the message is accepted, the answer is lost)
     */
    record Drop(boolean afterRoute) implements Failure {}
  }
}
