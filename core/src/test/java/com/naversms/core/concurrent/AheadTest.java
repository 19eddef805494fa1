package com.naversms.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class AheadTest {

  @Test
  void theWorkRunsOnItsOwnNamedThread_andGetGivesItsResult() {
    Ahead<String> ahead = Ahead.virtual("early-read", () -> Thread.currentThread().getName());

    assertThat(ahead.get()).isEqualTo("early-read");
    assertThat(Ahead.platform("config-read", () -> Thread.currentThread().isVirtual()).get())
        .isFalse();
  }

  @Test
  void whatTheWorkThrew_isThrownAsItWas() {
    UncheckedIOException failure = new UncheckedIOException(new IOException("disk"));
    OutOfMemoryError oom = new OutOfMemoryError("heap");

    assertThatThrownBy(() ->
            Ahead.virtual(
                    "r",
                    () -> {
                      throw failure;
                    })
                .get())
        .isSameAs(failure);
    assertThatThrownBy(() ->
            Ahead.virtual(
                    "r",
                    () -> {
                      throw oom;
                    })
                .get())
        .isSameAs(oom);
    assertThatThrownBy(() ->
            Ahead.virtual(
                    "r",
                    () -> {
                      throw new IOException("checked");
                    })
                .get())
        .isInstanceOf(IllegalStateException.class)
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void anInterruptedWait_saysSoAndKeepsTheFlag() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    Ahead<String> stuck =
        Ahead.virtual(
            "stuck",
            () -> {
              never.await();
              return "late";
            });
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(stuck::get)
          .isInstanceOf(Ahead.Interrupted.class)
          .hasMessage("interrupted while waiting for stuck");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(stuck.await()).isFalse();
      assertThat(Thread.interrupted()).isTrue();
    } finally {
      never.countDown();
    }
    assertThat(stuck.get()).isEqualTo("late");
  }

  @Test
  void await_waitsForAWorkThatFailed_withoutThrowing() {
    Ahead<String> failed =
        Ahead.virtual(
            "r",
            () -> {
              throw new IllegalArgumentException("x");
            });

    assertThat(failed.await()).isTrue();
  }
}
