package com.naversms.bench.cycle;

import com.naversms.adapters.naver.PartnerApiSettings;
import com.naversms.adapters.naver.PartnerBookingClient;
import com.naversms.core.booking.Booking;
import com.naversms.core.cycle.BookingSource.FetchRequest;
import com.naversms.core.cycle.BookingSource.StoreFetch;
import com.naversms.core.cycle.FetchWindows;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.WaitingForOption;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The warm cycle's path from the state to the plan, with the production adapters: the records
 * waiting for their option message (one query), the fetch windows, every store fetched by the
 * partner client, one batched state read, the plan. Sends are not executed (see
 * docs/performance.md).
 */
final class WarmCycle {
  private WarmCycle() {}

  /** Wall times in ms of one run, and what it fetched and planned. */
  record Timing(
      long totalMs,
      long waitingMs,
      long fetchMs,
      long readMs,
      long planMs,
      int requests,
      int bookings,
      long dueSends) {}

  static Timing run(CycleWorld w, PartnerApiSettings settings) {
    return run(
        new Inputs(w.sim().baseUrl(), w.config(), w.state(), w.cookies(), w.now()), settings);
  }

  /** What one cycle needs; a child process rebuilds it from the world's files (StartupBench). */
  record Inputs(
      String baseUrl,
      Configuration config,
      StateStore state,
      SessionCookies cookies,
      Instant now) {}

  static Timing run(Inputs w, PartnerApiSettings settings) {
    long t0 = System.nanoTime();
    List<WaitingForOption> waiting = w.state().waitingForOption();
    List<FetchRequest> requests = FetchWindows.forCycle(w.config().stores(), waiting, w.now());
    long tw = System.nanoTime();
    List<Booking> bookings = fetch(w.baseUrl(), w.cookies(), settings, requests);
    long t1 = System.nanoTime();
    Map<RecordKey, StoredRecord> records = w.state().read(keys(bookings));
    long t2 = System.nanoTime();
    Plan plan = Planner.planWithoutSkips(bookings, records, w.now(), w.config());
    long t3 = System.nanoTime();
    long sends = plan.actions().stream().filter(a -> a instanceof PlannedAction.SendSms).count();
    return new Timing(
        ms(t3 - t0),
        ms(tw - t0),
        ms(t1 - tw),
        ms(t2 - t1),
        ms(t3 - t2),
        requests.size(),
        bookings.size(),
        sends);
  }

  /** The requests of the store with the most bookings, one after the other, at the given pace. */
  static long slowestStoreInSequence(CycleWorld w, Duration pace) {
    List<FetchRequest> requests =
        FetchWindows.forCycle(w.config().stores(), w.state().waitingForOption(), w.now());
    String slowest = requests.get(requests.size() - 1).storeId();
    int most = -1;
    for (String store : w.sim().naver().storeIds()) {
      int n = w.sim().naver().bookings(store).size();
      if (n > most) {
        most = n;
        slowest = store;
      }
    }
    String store = slowest;
    List<FetchRequest> own = requests.stream().filter(r -> r.storeId().equals(store)).toList();
    PartnerApiSettings sequential =
        PartnerApiSettings.defaults().withConcurrency(1).withMinInterval(pace);
    long t0 = System.nanoTime();
    fetch(w, sequential, own);
    return ms(System.nanoTime() - t0);
  }

  static List<Booking> fetch(CycleWorld w, PartnerApiSettings settings, List<FetchRequest> rs) {
    return fetch(w.sim().baseUrl(), w.cookies(), settings, rs);
  }

  static List<Booking> fetch(
      String baseUrl, SessionCookies cookies, PartnerApiSettings settings, List<FetchRequest> rs) {
    try (PartnerBookingClient client = client(baseUrl, cookies, settings)) {
      return fetch(client, rs);
    }
  }

  static PartnerBookingClient client(CycleWorld w, PartnerApiSettings settings) {
    return client(w.sim().baseUrl(), w.cookies(), settings);
  }

  static PartnerBookingClient client(
      String baseUrl, SessionCookies cookies, PartnerApiSettings settings) {
    return new PartnerBookingClient(
        URI.create(baseUrl), settings, new SimSession(cookies), Clock.systemUTC(), event -> {});
  }

  static List<Booking> fetch(PartnerBookingClient client, List<FetchRequest> rs) {
    List<Booking> bookings = new ArrayList<>();
    for (StoreFetch f : client.fetchAll(rs)) {
      switch (f) {
        case StoreFetch.Fetched ok -> bookings.addAll(ok.bookings());
        case StoreFetch.Failed failed ->
            throw new IllegalStateException("bench fetch failed: " + failed.reason());
      }
    }
    return bookings;
  }

  static List<RecordKey> keys(List<Booking> bookings) {
    return RecordKeys.toRead(bookings);
  }

  static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
