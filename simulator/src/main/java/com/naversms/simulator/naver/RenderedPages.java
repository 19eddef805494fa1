package com.naversms.simulator.naver;

import com.naversms.simulator.http.SimResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The partner API's answers, rendered once per store's bookings and query. A store's bookings are
 * an immutable list that every change replaces ({@link NaverSim}), so an answer is kept for as long
 * as the store's list is the same instance, and a changed booking is served at once. The query's
 * {@code noCache} (the client's epoch millis) is not part of the key. This keeps the stand-in's own
 * rendering (filter, sort, JSON of 50 bookings of every legacy field) off the machine a benchmark
 * measures the client on: on Naver's side it is Naver's CPU, not ours (docs/performance.md, "A
 * chain of 100 stores").
 */
final class RenderedPages {
  private record Store(List<Map<String, Object>> bookings, Map<String, SimResponse> answers) {}

  private final Map<String, Store> stores = new ConcurrentHashMap<>();

  SimResponse answer(
      String store,
      List<Map<String, Object>> bookings,
      String kind,
      Map<String, String> query,
      Supplier<SimResponse> render) {
    Store cached =
        stores.compute(
            store,
            (id, old) ->
                old != null && old.bookings() == bookings
                    ? old
                    : new Store(bookings, new ConcurrentHashMap<>()));
    return cached.answers().computeIfAbsent(kind + " " + key(query), k -> render.get());
  }

  private static String key(Map<String, String> query) {
    Map<String, String> sorted = new TreeMap<>(query);
    sorted.remove("noCache");
    return sorted.toString();
  }
}
