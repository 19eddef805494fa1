package com.naversms.app.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
