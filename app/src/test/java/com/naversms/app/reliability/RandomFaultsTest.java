package com.naversms.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.cycle.Cycle;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.fakes.FaultyStateStore;
import com.naversms.core.state.StateStoreException;
import com.naversms.simulator.Routes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty cycles through a day with faults drawn from a seeded Random: SENS 5xx, SENS timeouts after
 * it took the message, Naver 5xx and malformed pages, state-store throttling. At the end every
 * message a cycle planned was delivered once, or is reported failed or uncertain; none went twice.
 */
class RandomFaultsTest {
  static final Set<String> THROTTLED = Set.of("claim", "markDelivered", "releaseFailed", "create");

  @TempDir Path dir;

  @Test
  void manyCyclesWithRandomFaults_loseNothingSilently_andSendNothingTwice() throws Exception {
    Random random = new Random(20261127L);
    try (SimWorld world = new SimWorld(dir, 14, 6)) {
      Cycle cycle =
          world.cycle(
              CycleSettings.defaults(),
              s ->
                  new FaultyStateStore(
                      s,
                      step ->
                          !step.after()
                                  && THROTTLED.contains(step.operation())
                                  && random.nextInt(100) < 4
                              ? new StateStoreException(
                                  "ProvisionedThroughputExceededException (injected)")
                              : null));
      Tally tally = new Tally();
      int failedCycles = 0;
      for (int i = 0; i < 30; i++) {
        world.sim.faults().clear();
        injectHttpFaults(world, random);
        CycleResult r = cycle.run("cycle-" + i);
        if (!r.completed()) {
          failedCycles++;
        }
        tally.add(r);
        world.clock.advance(Duration.ofMinutes(20));
      }
      world.sim.faults().clear();

      Tally.Counts counts = tally.count(world.state(), world.sim.sens().accepted());
      System.out.println(counts.line("random faults x30") + " failed-cycles=" + failedCycles);

      assertThat(counts.due()).isGreaterThan(20);
      assertThat(counts.duplicates()).isZero();
      assertThat(counts.lost()).isZero();
      assertThat(counts.accepted()).isGreaterThanOrEqualTo((int) counts.delivered());
      assertThat(counts.failedReported() + counts.uncertainReported()).isPositive();
    }
  }

  private static void injectHttpFaults(SimWorld world, Random random) {
    int roll = random.nextInt(100);
    if (roll < 25) {
      world
          .sim
          .faults()
          .on(Routes.SENS_SEND)
          .status(random.nextBoolean() ? 500 : 503)
          .times(1 + random.nextInt(4));
    } else if (roll < 35) {
      world.sim.faults().on(Routes.SENS_SEND).timeoutAfterHandling().times(1);
    } else if (roll < 45) {
      world.sim.faults().on(Routes.NAVER_BOOKINGS).status(500).times(1 + random.nextInt(6));
    } else if (roll < 50) {
      world.sim.faults().on(Routes.NAVER_BOOKINGS).malformedBody().times(1 + random.nextInt(3));
    } else if (roll < 55) {
      world.sim.faults().on(Routes.NAVER_COUNT).status(502).times(1 + random.nextInt(3));
    }
  }
}
