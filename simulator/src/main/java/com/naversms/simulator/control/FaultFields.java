package com.naversms.simulator.control;

import com.naversms.simulator.Faults;
import com.naversms.simulator.RouteFaults;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /_sim/faults}: {@code route} and one of {@code status}, {@code delay_ms}, {@code
 * drop}, {@code malformed}, {@code timeout}; optional {@code times}, {@code retry_after} (with
 * status) and {@code after_handling} (with drop or timeout).
 */
final class FaultFields {
  private static final List<String> KINDS =
      List.of("status", "delay_ms", "drop", "malformed", "timeout");
  private static final Set<String> FIELDS =
      Set.of(
          "route",
          "status",
          "delay_ms",
          "drop",
          "malformed",
          "timeout",
          "times",
          "nth",
          "retry_after",
          "after_handling");

  private FaultFields() {}

  /** Adds the fault the body describes; returns the route it was added to. */
  static String apply(Body body, Faults faults) {
    body.only(FIELDS);
    String route = body.requiredText("route");
    List<String> given = KINDS.stream().filter(body::has).toList();
    if (given.size() != 1) {
      throw new BadField(
          given.isEmpty() ? "status" : given.get(1),
          "give exactly one of " + KINDS + (given.isEmpty() ? "" : ", got " + given));
    }
    int times = body.integer("times", 1, 1_000_000).orElse(-1);
    int nth = body.integer("nth", 1, 1_000_000).orElse(0);
    boolean afterHandling = body.bool("after_handling").orElse(false);
    // every value is read before the fault is added: a 400 changes nothing
    var status = body.integer("status", 100, 599);
    var retryAfter = body.integer("retry_after", 0, 3600);
    var delayMs = body.integer("delay_ms", 0, 600_000);
    for (String flag : List.of("drop", "malformed", "timeout")) {
      if (body.has(flag)) {
        requireTrue(body, flag);
      }
    }
    RouteFaults on;
    try {
      on = faults.on(route);
    } catch (IllegalArgumentException e) {
      throw new BadField("route", e.getMessage() + " (docs/simulator.md, route table)");
    }
    synchronized (on) { // times(n) limits the fault added just before it
      add(
          on,
          given.get(0),
          status.orElse(0),
          retryAfter.orElse(null),
          delayMs.orElse(0),
          afterHandling);
      if (times > 0) {
        on.times(times);
      }
      if (nth > 0) {
        on.nth(nth);
      }
    }
    return route;
  }

  private static void add(
      RouteFaults on,
      String kind,
      int status,
      Integer retryAfter,
      int delayMs,
      boolean afterHandling) {
    switch (kind) {
      case "status" -> {
        on.status(status);
        if (retryAfter != null) {
          on.retryAfter(retryAfter);
        }
      }
      case "delay_ms" -> on.latency(Duration.ofMillis(delayMs));
      case "drop" -> {
        if (afterHandling) {
          on.dropConnectionAfterHandling();
        } else {
          on.dropConnection();
        }
      }
      case "malformed" -> on.malformedBody();
      default -> {
        if (afterHandling) {
          on.timeoutAfterHandling();
        } else {
          on.timeout();
        }
      }
    }
  }

  private static void requireTrue(Body body, String field) {
    if (!body.bool(field).orElse(false)) {
      throw new BadField(field, "expected true (leave it out for no such fault)");
    }
  }
}
