package com.naversms.simulator;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Fault injection, per route (names in {@link Routes}). Faults apply before the route's logic. */
public final class Faults {
  private final Set<String> knownRoutes;
  private final Map<String, RouteFaults> byRoute = new ConcurrentHashMap<>();

  Faults(Set<String> knownRoutes) {
    this.knownRoutes = Set.copyOf(knownRoutes);
  }

  /** The faults of this route, created empty on first use. */
  public RouteFaults on(String route) {
    if (!knownRoutes.contains(route)) {
      throw new IllegalArgumentException(
          "unknown route '" + route + "'; known: " + new java.util.TreeSet<>(knownRoutes));
    }
    return byRoute.computeIfAbsent(route, r -> new RouteFaults());
  }

  /** Removes every fault of every route. */
  public void clear() {
    byRoute.clear();
  }

  /** Removes the faults of one route. */
  public void clear(String route) {
    byRoute.remove(route);
  }

  FaultDecision decide(String route) {
    RouteFaults faults = byRoute.get(route);
    return faults == null ? FaultDecision.NONE : faults.decide();
  }
}
