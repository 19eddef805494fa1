package com.naversms.app.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.delivery.StopSignal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DaemonTest {

  @Test
  void slotsAreOnTheHourAndEveryTwentyMinutes_strictlyAfterNow() {
    assertThat(Slots.after(Instant.parse("2026-11-27T03:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-27T03:20:00Z"));
    assertThat(Slots.after(Instant.parse("2026-11-27T03:19:59.999Z")))
        .isEqualTo(Instant.parse("2026-11-27T03:20:00Z"));
    assertThat(Slots.after(Instant.parse("2026-11-27T03:41:00Z")))
        .isEqualTo(Instant.parse("2026-11-27T04:00:00Z"));
  }

  @Test
  void aCrashingCycle_doesNotStopTheNextOnes_andTwoNeverOverlap() throws Exception {
    AtomicInteger ticks = new AtomicInteger();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger maxRunning = new AtomicInteger();
    CountDownLatch four = new CountDownLatch(4);
    Runnable tick =
        () -> {
          maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
          try {
            int n = ticks.incrementAndGet();
            four.countDown();
            if (n == 1) {
              throw new IllegalStateException("boom");
            }
            if (n == 2) {
              throw new StackOverflowError("simulated");
            }
          } finally {
            running.decrementAndGet();
          }
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Daemon daemon =
        new Daemon(
            tick,
            Clock.systemUTC(),
            now -> now.plusMillis(5),
            new PrintStream(out, true, StandardCharsets.UTF_8));

    daemon.start();
    assertThat(four.await(5, TimeUnit.SECONDS)).isTrue();
    daemon.stop(Duration.ofSeconds(5));

    assertThat(maxRunning).hasValue(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("cycle crashed: java.lang.IllegalStateException: boom")
        .contains("cycle crashed: java.lang.StackOverflowError: simulated");
    int after = ticks.get();
    Thread.sleep(50);
    assertThat(ticks).hasValue(after);
  }

  @Test
  void stop_waitsForTheRunningCycleToFinish() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger starts = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    Daemon daemon =
        new Daemon(
            () -> {
              starts.incrementAndGet();
              started.countDown();
              sleep(200);
              finished.incrementAndGet();
            },
            Clock.systemUTC(),
            now -> now,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    daemon.start();
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

    daemon.stop(Duration.ofSeconds(5));
    daemon.awaitStop();

    assertThat(finished.get()).isPositive().isEqualTo(starts.get());
  }

  @Test
  void anIdleDaemon_stopsAtOnce_andItsQueuedCycleNeverRuns() throws Exception {
    AtomicInteger ticks = new AtomicInteger();
    Daemon daemon =
        new Daemon(
            ticks::incrementAndGet,
            Clock.systemUTC(),
            now -> now.plusSeconds(1),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    daemon.start();
    Thread.sleep(100);

    long started = System.nanoTime();
    boolean clean = daemon.stop(Duration.ofSeconds(8));
    long tookMs = (System.nanoTime() - started) / 1_000_000;

    assertThat(clean).isTrue();
    assertThat(tookMs).isLessThan(500);
    Thread.sleep(1_500);
    assertThat(ticks).as("the slot one second later never fired").hasValue(0);
  }

  @Test
  void aStopDuringACycle_raisesItsSignal_andNoCycleStartsAfterIt() throws Exception {
    StopSignal stop = new StopSignal();
    CountDownLatch running = new CountDownLatch(1);
    AtomicInteger ticks = new AtomicInteger();
    AtomicBoolean sawStop = new AtomicBoolean();
    Runnable tick =
        () -> {
          ticks.incrementAndGet();
          running.countDown();
          long end = System.nanoTime() + 5_000_000_000L;
          while (!stop.raised() && System.nanoTime() < end) {
            sleep(5);
          }
          sawStop.set(stop.raised());
          sleep(100); // the bookings in progress finish
        };
    Daemon daemon =
        new Daemon(
            tick,
            Clock.systemUTC(),
            now -> now.plusMillis(10),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            stop);
    daemon.start();
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

    daemon.requestStop(Duration.ofSeconds(8));

    assertThat(daemon.awaitStop(Duration.ofSeconds(8))).isTrue();
    assertThat(sawStop).isTrue();
    assertThat(stop.finishBy()).isPresent();
    Thread.sleep(100);
    assertThat(ticks).hasValue(1);
  }

  @Test
  void aCycleOverrunningTheGrace_isReported() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Daemon daemon =
        new Daemon(
            () -> {
              running.countDown();
              sleep(2_000);
            },
            Clock.systemUTC(),
            now -> now,
            new PrintStream(out, true, StandardCharsets.UTF_8));
    daemon.start();
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

    assertThat(daemon.stop(Duration.ofMillis(200))).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("still running");
    daemon.awaitStop();
  }

  @Test
  void slotsCanStartAtOnce_andComeEveryInterval() {
    Instant t = Instant.parse("2026-11-27T03:07:00Z");
    UnaryOperator<Instant> slots = Slots.firstAtOnce(Slots.every(Duration.ofSeconds(30)));

    assertThat(slots.apply(t)).isEqualTo(t);
    assertThat(slots.apply(t)).isEqualTo(t.plusSeconds(30));
    assertThat(Slots.firstAtOnce(Slots::after).apply(t)).isEqualTo(t);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
