package com.naversms.core.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs groups of steps on a few platform threads ("lanes"): each group's steps one after another on
 * one lane, groups handed out in order, at most {@code lanes} groups at a time. Platform threads,
 * not virtual ones: the SQLite adapter serialises on a monitor and calls native code, which would
 * pin a virtual thread's carrier on Java 21.
 *
 * <p>A throwable escaping a step (an {@link Error}: the process is going down; or a failing log)
 * stops every lane before its next step and is rethrown to the caller once the lanes are idle; the
 * steps already running finish first, so no send is cut off half way.
 */
final class Lanes {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private Lanes() {}

  static void run(List<List<Integer>> groups, int lanes, IntConsumer step) {
    int count = Math.min(lanes, groups.size());
    if (count <= 1) {
      groups.forEach(group -> group.forEach(step::accept));
      return;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    Runnable lane =
        () -> {
          for (int g = next.getAndIncrement(); g < groups.size(); g = next.getAndIncrement()) {
            for (int position : groups.get(g)) {
              if (stop.get()) {
                return;
              }
              try {
                step.accept(position);
              } catch (Throwable t) {
                stop.set(true);
                throw t;
              }
            }
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(count, threads());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        running.add(pool.submit(lane));
      }
      rethrow(awaitAll(running));
    } finally {
      pool.shutdown();
    }
  }

  /** Waits for every lane, even when interrupted (a send in flight is never abandoned). */
  private static Throwable awaitAll(List<Future<?>> running) {
    Throwable first = null;
    boolean interrupted = false;
    for (Future<?> f : running) {
      while (true) {
        try {
          f.get();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          if (first == null) {
            first = e.getCause();
          } else if (first != e.getCause()) {
            first.addSuppressed(e.getCause());
          }
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return first;
  }

  private static void rethrow(Throwable t) {
    switch (t) {
      case null -> {}
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      default -> throw new IllegalStateException(t);
    }
  }

  private static ThreadFactory threads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger lane = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "executor-" + pool + "-lane-" + lane.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
