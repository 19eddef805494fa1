package com.naversms.core.cycle;

/**
 * Signs in to Naver — the cached session when its cookies still work, a browser login only when
 * they do not (and only when allowed) — and gives the booking source of that session.
 */
@FunctionalInterface
public interface NaverAccess {

  Access open();

  sealed interface Access {
    record Opened(BookingSource bookings) implements Access {}

    record LoginFailed(String reason) implements Access {}

    /** No working session and signing in is not allowed (a dry run without --login). */
    record NoSession(String reason) implements Access {}
  }
}
