package com.naversms.adapters.naver;

import com.naversms.adapters.naver.StoreFetcher.PartnerClientParts;
import com.naversms.core.cycle.BookingSource;
import com.naversms.core.observability.EventLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The Naver partner booking API (reference 1.4, 3.5) on the JDK HTTP client. Stores are fetched
 * concurrently, at most {@link PartnerApiSettings#concurrency()} at a time, each at a polite pace;
 * one failing store never stops the others.
 */
public final class PartnerBookingClient implements BookingSource, AutoCloseable {
  private final HttpClient http;
  private final PartnerClientParts parts;

  public PartnerBookingClient(
      URI partnerBase,
      PartnerApiSettings settings,
      PartnerSession session,
      Clock clock,
      EventLog log) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    URI base = new NaverEndpoints(partnerBase, partnerBase).partner();
    this.parts =
        new PartnerClientParts(
            http,
            new PartnerRequests(base, settings.requestTimeout()),
            settings,
            session,
            clock,
            new FetchLog(log));
  }

  @Override
  public List<StoreFetch> fetchAll(List<FetchRequest> requests) {
    if (requests.isEmpty()) {
      return List.of();
    }
    Map<String, Pacer> pacers = new ConcurrentHashMap<>();
    SharedValues values = new SharedValues();
    int threads = Math.min(parts.settings().concurrency(), requests.size());
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().factory());
    try {
      List<Future<StoreFetch>> futures = new ArrayList<>();
      for (FetchRequest request : requests) {
        // one pace per listing (a store's bookings of one status), as the partner site's own
        // booking list pages through one listing; listings are bounded by the concurrency
        Pacer pacer =
            pacers.computeIfAbsent(
                request.storeId() + " " + request.statusCode(),
                listing -> new Pacer(parts.settings().minInterval()));
        futures.add(pool.submit(() -> new StoreFetcher(parts, request, pacer, values).fetch()));
      }
      List<StoreFetch> results = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        results.add(result(futures.get(i), requests.get(i)));
      }
      return List.copyOf(results);
    } finally {
      pool.shutdownNow();
    }
  }

  private static StoreFetch result(Future<StoreFetch> future, FetchRequest request) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new StoreFetch.Failed(
          request, "interrupted", "store " + request.storeId() + ": interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return new StoreFetch.Failed(
          request,
          "unexpected",
          "store "
              + request.storeId()
              + ": "
              + cause.getClass().getSimpleName()
              + ": "
              + cause.getMessage());
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
