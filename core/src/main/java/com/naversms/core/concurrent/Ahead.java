package com.naversms.core.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Work started now on a thread of its own and taken later, so that it overlaps what the caller does
 * meanwhile: the cycle's early reads, the cycle function's config folder, a listing's first page.
 * {@link #get} gives what the work returned or throws what it threw, as it threw it.
 */
public final class Ahead<T> {
  private final FutureTask<T> task;
  private final String name;

  private Ahead(FutureTask<T> task, String name) {
    this.task = task;
    this.name = name;
  }

  /** {@code work} started on a virtual thread named {@code name}. */
  public static <T> Ahead<T> virtual(String name, Callable<T> work) {
    Ahead<T> ahead = new Ahead<>(new FutureTask<>(work), name);
    Thread.ofVirtual().name(name).start(ahead.task);
    return ahead;
  }

  /** {@code work} started on a platform thread named {@code name} (class loading, parsing). */
  public static <T> Ahead<T> platform(String name, Callable<T> work) {
    Ahead<T> ahead = new Ahead<>(new FutureTask<>(work), name);
    Thread.ofPlatform().name(name).start(ahead.task);
    return ahead;
  }

  /**
   * Waits for the work's result. A RuntimeException or an Error it threw is thrown as it was (an
   * out-of-memory error stays what it is); a checked exception comes in an IllegalStateException.
   *
   * @throws Interrupted when this thread was interrupted while waiting (its flag is set again)
   */
  public T get() {
    return result(task, name);
  }

  /** Waits for the work to end, whatever it gave; false when interrupted (the flag set again). */
  public boolean await() {
    try {
      task.get();
      return true;
    } catch (ExecutionException e) {
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** As {@link #get}, for a future of an executor: {@code what} names it when interrupted. */
  public static <T> T result(Future<T> future, String what) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException r -> throw r;
        case Error error -> throw error;
        default -> throw new IllegalStateException(e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Interrupted(what, e);
    }
  }

  /** The waiting thread was interrupted before the work ended. */
  public static final class Interrupted extends IllegalStateException {
    private Interrupted(String what, InterruptedException cause) {
      super("interrupted while waiting for " + what, cause);
    }
  }
}
