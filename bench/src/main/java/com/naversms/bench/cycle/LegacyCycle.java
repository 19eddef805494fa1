package com.naversms.bench.cycle;

import com.naversms.adapters.naver.PartnerApiSettings;
import com.naversms.adapters.naver.PartnerBookingClient;
import com.naversms.core.booking.Booking;
import com.naversms.core.cycle.BookingSource.FetchRequest;
import com.naversms.core.cycle.FetchWindows;
import com.naversms.core.plan.Planner;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.WaitingForOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The legacy pattern as the baseline: one store and status after the other, the count and then each
 * page in sequence with a one-second pause after every page (the last included), then one state
 * read per booking. The requests are real (the same client, one at a time, unpaced); the pauses are
 * slept when {@code sleep} is set, else added (they are fixed time).
 *
 * <p>With {@code sampleStores} below the world's stores (the chain figure, 100 stores), the pattern
 * runs over the first {@code sampleStores} stores only and its time is scaled by stores ÷ sample:
 * the pattern is sequential, one store after the other, over stores with the same bookings, so its
 * time is the sum of equal parts (the plan is linear in bookings: the planner rows). Documented in
 * docs/performance.md.
 */
final class LegacyCycle {
  private LegacyCycle() {}

  static final Duration PAUSE = Duration.ofSeconds(1);

  static long run(CycleWorld w, boolean sleep) {
    return run(w, sleep, Integer.MAX_VALUE);
  }

  static long run(CycleWorld w, boolean sleep, int sampleStores) {
    PartnerApiSettings oneAtATime =
        PartnerApiSettings.defaults().withConcurrency(1).withMinInterval(Duration.ZERO);
    long t0 = System.nanoTime();
    List<String> allStores = List.copyOf(w.sim().naver().storeIds());
    int sample = Math.min(sampleStores, allStores.size());
    Set<String> sampled = Set.copyOf(allStores.subList(0, sample));
    List<FetchRequest> requests =
        FetchWindows.forCycle(
                w.config().stores(),
                WaitingForOption.of(w.state().unnotifiedOptionRecords()), // the legacy Scan
                w.now())
            .stream()
            .filter(r -> sampled.contains(r.storeId()))
            .toList();
    long pausedMs = 0;
    Map<RecordKey, StoredRecord> records = new HashMap<>();
    List<Booking> all = new ArrayList<>();
    try (PartnerBookingClient client = WarmCycle.client(w, oneAtATime)) {
      for (FetchRequest r : requests) {
        List<Booking> got = WarmCycle.fetch(client, List.of(r));
        all.addAll(got);
        long pause = (got.size() + 49) / 50 * PAUSE.toMillis();
        if (sleep) {
          sleep(pause);
        } else {
          pausedMs += pause;
        }
      }
    }
    for (RecordKey key : WarmCycle.keys(all)) {
      records.putAll(w.state().read(List.of(key)));
    }
    Planner.planWithoutSkips(all, records, w.now(), w.config());
    long ms = WarmCycle.ms(System.nanoTime() - t0) + pausedMs;
    return ms * allStores.size() / sample;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
