package com.naversms.simulator;

import com.naversms.simulator.http.SimRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every request received, per route, in arrival order. */
final class RequestJournal {
  private final Map<String, List<RecordedRequest>> byRoute = new ConcurrentHashMap<>();

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

  List<RecordedRequest> of(String route) {
    return List.copyOf(byRoute.getOrDefault(route, new ArrayList<>()));
  }

  void clear() {
    byRoute.clear();
  }
}
