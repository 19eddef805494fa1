package com.naversms.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.core.cycle.Cycle;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.fakes.FaultyStateStore;
import com.naversms.simulator.Routes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The delivery guarantees end to end: real SQLite, the real HTTP adapters against the simulator's
 * SENS (which records every message it accepted). Each test prints its ledger.
 */
class ReliabilityTest {
  @TempDir Path dir;

  @Test
  void twoCyclesStartedTogether_sendEveryDueMessageExactlyOnce() throws Exception {
    try (SimWorld world = new SimWorld(dir, 11, 6)) {
      Cycle a = world.cycle();
      Cycle b = world.cycle();
      CyclicBarrier together = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      Callable<CycleResult> runA =
          () -> {
            together.await();
            return a.run("a");
          };
      Callable<CycleResult> runB =
          () -> {
            together.await();
            return b.run("b");
          };
      List<Future<CycleResult>> results = pool.invokeAll(List.of(runA, runB));
      pool.shutdown();
      Tally tally = new Tally();
      for (Future<CycleResult> f : results) {
        assertThat(f.get().completed()).isTrue();
        tally.add(f.get());
      }

      Tally.Counts counts = tally.count(world.state(), world.sim.sens().accepted());
      System.out.println(counts.line("concurrent"));

      assertThat(counts.due()).isGreaterThan(10);
      assertThat(counts.duplicates()).isZero();
      assertThat(counts.delivered()).isEqualTo(counts.due());
      assertThat(counts.accepted()).isEqualTo(counts.due());
      assertThat(counts.lost()).isZero();
    }
  }

  @ParameterizedTest(name = "crash {0}")
  @CsvSource({
    "after-claim,claim,true",
    "after-send,markDelivered,false",
    "after-record,markDelivered,true"
  })
  void aCrashAtAnyStepBoundary_neverSendsTwice_andReportsEveryUncertainDelivery(
      String name, String operation, boolean after) throws Exception {
    try (SimWorld world = new SimWorld(dir, 12, 4)) {
      Cycle dying =
          world.cycle(
              CycleSettings.defaults(),
              s ->
                  new FaultyStateStore(
                      s,
                      step ->
                          step.operation().equals(operation) && step.after() == after
                              ? new OutOfMemoryError("simulated crash " + name)
                              : null));
      assertThatThrownBy(() -> dying.run("dies")).isInstanceOf(OutOfMemoryError.class);
      // the executor's lanes each had at most one message in flight when the process died
      int inFlight =
          world.state().staleClaims(world.clock.instant().plus(Duration.ofDays(1))).size();
      int lanes = CycleSettings.defaults().sendConcurrency();

      Tally tally = new Tally();
      for (int i = 0; i < 3; i++) {
        world.clock.advance(Duration.ofMinutes(20));
        CycleResult next = world.cycle().run("after-" + i);
        assertThat(next.completed()).isTrue();
        tally.add(next);
      }

      Tally.Counts counts = tally.count(world.state(), world.sim.sens().accepted());
      System.out.println(counts.line("crash " + name));
      assertThat(counts.duplicates()).isZero();
      assertThat(counts.lost()).isZero();
      if (after && operation.equals("markDelivered")) {
        assertThat(inFlight).isZero();
      } else {
        assertThat(inFlight).isBetween(1, lanes);
      }
      assertThat(counts.uncertainReported()).isEqualTo(inFlight);
    }
  }

  @Test
  void comparisonMode_sendsNothingAndWritesNoFlag_whateverTheRulesSay() throws Exception {
    try (SimWorld world = new SimWorld(dir, 13, 6)) {
      Cycle shadow = world.cycle(CycleSettings.defaults().withComparisonMode(true), s -> s);
      int planned = 0;
      for (int i = 0; i < 40; i++) {
        CycleResult r = shadow.run("c" + i);
        assertThat(r.completed()).isTrue();
        planned += r.report().suppressed();
        world.clock.advance(Duration.ofMinutes(20));
      }
      System.out.println(
          "reliability[comparison]: planned="
              + planned
              + " sens-requests="
              + world.sim.requests(Routes.SENS_SEND).size()
              + " records="
              + world.state().unnotifiedOptionRecords().size());

      assertThat(planned).isGreaterThan(0);
      assertThat(world.sim.requests(Routes.SENS_SEND)).isEmpty();
      assertThat(world.sim.telegram().messages()).isEmpty();
      assertThat(world.state().unnotifiedOptionRecords()).isEmpty();
    }
  }
}
