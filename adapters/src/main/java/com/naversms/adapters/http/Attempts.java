package com.naversms.adapters.http;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/** A bounded retry loop: each attempt either ends the loop or asks for another try. */
public final class Attempts {
  private Attempts() {}

  /** What one attempt decided. */
  public sealed interface Step<T> {
    record Done<T>(T value) implements Step<T> {}

    /** Try again after the backoff, or after {@code serverWish} when the server named a wait. */
    record Again<T>(String reason, Optional<Duration> serverWish) implements Step<T> {}
  }

  public static <T> Step<T> done(T value) {
    return new Step.Done<>(value);
  }

  public static <T> Step<T> again(String reason) {
    return new Step.Again<>(reason, Optional.empty());
  }

  public static <T> Step<T> again(String reason, Optional<Duration> serverWish) {
    return new Step.Again<>(reason, serverWish);
  }

  /**
   * Runs {@code attempt} (1-based) until it is done or {@code backoff.maxAttempts()} are used; then
   * {@code exhausted} turns the last reason into the result.
   */
  public static <T> T run(
      Backoff backoff,
      Sleeper sleeper,
      IntFunction<Step<T>> attempt,
      Function<String, T> exhausted) {
    String last = "no attempt";
    for (int n = 1; n <= backoff.maxAttempts(); n++) {
      switch (attempt.apply(n)) {
        case Step.Done<T> done -> {
          return done.value();
        }
        case Step.Again<T> again -> {
          last = again.reason();
          if (n < backoff.maxAttempts()) {
            try {
              sleeper.sleep(backoff.delayAfter(n, again.serverWish()));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return exhausted.apply(last + " (interrupted before retrying)");
            }
          }
        }
      }
    }
    return exhausted.apply(last + " after " + backoff.maxAttempts() + " attempts");
  }
}
