package com.naversms.simulator;

import com.naversms.simulator.http.SimRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every request received, per route, in arrival order; and how many of a route's requests were open
 * at the same time at most (received, not answered yet).
 */
final class RequestJournal {
  private final Map<String, List<RecordedRequest>> byRoute = new ConcurrentHashMap<>();
  private final Map<String, int[]> open = new ConcurrentHashMap<>();

  void record(String route, SimRequest request) {
    Map<String, String> headers = new TreeMap<>();
    request
        .headers()
        .forEach((name, values) ->
            headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
    RecordedRequest recorded =
        new RecordedRequest(
            request.method(),
            request.path(),
            request.query(),
            headers,
            request.bodyText(),
            request.receivedAt());
    byRoute.computeIfAbsent(route, r -> new CopyOnWriteArrayList<>()).add(recorded);
  }

  /** A request of {@code route} is being handled; {@link #closed} once it is answered. */
  void opened(String route) {
    int[] counts = open.computeIfAbsent(route, r -> new int[2]);
    synchronized (counts) {
      counts[0]++;
      counts[1] = Math.max(counts[1], counts[0]);
    }
  }

  void closed(String route) {
    int[] counts = open.computeIfAbsent(route, r -> new int[2]);
    synchronized (counts) {
      counts[0]--;
    }
  }

  /** The most requests of {@code route} open at once since the start (or the last clear). */
  int maxOpen(String route) {
    int[] counts = open.computeIfAbsent(route, r -> new int[2]);
    synchronized (counts) {
      return counts[1];
    }
  }

  List<RecordedRequest> of(String route) {
    return List.copyOf(byRoute.getOrDefault(route, new ArrayList<>()));
  }

  void clear() {
    byRoute.clear();
    open.values()
        .forEach(counts -> {
          synchronized (counts) {
            counts[1] = counts[0];
          }
        });
  }
}
