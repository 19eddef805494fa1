package com.naversms.adapters.naver;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the cycle may open the browser to sign in to Naver. Every sign-in is a real login on the
 * account, and many of them bring captchas and locks, so they are rationed.
 */
public sealed interface SignInPolicy {
  Duration DEFAULT_MIN_INTERVAL = Duration.ofHours(2);

  static SignInPolicy defaults() {
    return new Limited(DEFAULT_MIN_INTERVAL);
  }

  /**
   * At most one sign-in per {@code minInterval} (counted from the last attempt, successful or not,
   * by any process sharing the session store), unless the session check says the cookies are dead
   * or there are none: then nothing but a sign-in can help, and it is always allowed.
   */
  record Limited(Duration minInterval) implements SignInPolicy {
    public Limited {
      if (minInterval.isNegative()) {
        throw new IllegalArgumentException("minInterval must not be negative: " + minInterval);
      }
    }

    /**
     * When the next sign-in is allowed, or empty when it is allowed now. A last attempt recorded
     * more than one interval in the future (another writer's clock) does not hold sign-ins back.
     */
    public Optional<Instant> heldUntil(Optional<Instant> lastAttempt, Instant now) {
      if (lastAttempt.isEmpty() || lastAttempt.get().isAfter(now.plus(minInterval))) {
        return Optional.empty();
      }
      Instant next = lastAttempt.get().plus(minInterval);
      return now.isBefore(next) ? Optional.of(next) : Optional.empty();
    }
  }

  /** Never: a dry run without {@code --login} uses the stored session or stops. */
  record Never() implements SignInPolicy {}
}
