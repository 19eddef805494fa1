package com.naversms.core.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fake the executor tests run on behaves like the real stores when used from lanes. */
class InMemoryStateStoreTest {
  static final MessageOrigin ORIGIN = new MessageOrigin("New Booking Confirmation", "confirmation");
  static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");

  @Test
  void claimedFromSeveralThreadsAtOnce_eachMessageIsClaimedExactlyOnce() throws Exception {
    InMemoryStateStore store = new InMemoryStateStore();
    List<MessageKey> keys =
        IntStream.range(0, 200)
            .mapToObj(i ->
                new MessageKey(
                    new RecordKey("1051707_" + (900000 + i), "010-0000-" + (1000 + i)),
                    Flags.CONFIRM))
            .toList();
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<MessageKey>>> lanes = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int lane = t;
        lanes.add(
            pool.submit(() -> {
              start.await(10, TimeUnit.SECONDS);
              List<MessageKey> won = new ArrayList<>();
              for (int n = 0; n < keys.size(); n++) {
                MessageKey k = keys.get((n + lane * 25) % keys.size());
                if (store.claim(k, ORIGIN, 3, T0) instanceof ClaimOutcome.Claimed) {
                  won.add(k);
                  store.markDelivered(k, "req-" + n, T0);
                }
              }
              return won;
            }));
      }
      List<MessageKey> won = new ArrayList<>();
      for (Future<List<MessageKey>> f : lanes) {
        won.addAll(f.get(30, TimeUnit.SECONDS));
      }

      assertThat(won).containsExactlyInAnyOrderElementsOf(keys);
      assertThat(store.claims()).isEmpty();
      assertThat(store.all().values()).hasSize(keys.size()).allMatch(r -> r.confirmSms());
    } finally {
      pool.shutdownNow();
    }
  }
}
