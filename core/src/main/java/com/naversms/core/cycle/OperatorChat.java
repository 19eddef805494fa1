package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What the cycle posts to the operators' Telegram and Slack besides rule lines and error alerts
 * (docs/operations.md 2.7).
 *
 * @param summary when the per-cycle summary is posted ({@code OPERATOR_SUMMARY})
 * @param digestAt the Korean wall-clock time from which the day's digest is due ({@code
 *     DAILY_DIGEST_HOUR}); empty: no digest
 */
public record OperatorChat(Summary summary, Optional<LocalTime> digestAt) {
  /** 21:00 KST: after the last bookings of the day, before the operators' evening. */
  public static final LocalTime DEFAULT_DIGEST_AT = LocalTime.of(21, 0);

  /** When the per-cycle summary goes out. */
  public enum Summary {
    /** Only when something happened: a send, a failure, a problem, a sign-in (the default). */
    EVENTS,
    /** Every cycle, "문자 발송 대상 없음" included (the behaviour before issue 14). */
    ALWAYS
  }

  /** The defaults of a deployment: summaries when something happened, the digest at 21:00 KST. */
  public static OperatorChat production() {
    return new OperatorChat(Summary.EVENTS, Optional.of(DEFAULT_DIGEST_AT));
  }

  /** A summary every cycle and no digest: what the cycle did before issue 14 (unit tests). */
  public static OperatorChat everyCycle() {
    return new OperatorChat(Summary.ALWAYS, Optional.empty());
  }

  public OperatorChat withSummary(Summary value) {
    return new OperatorChat(value, digestAt);
  }

  public OperatorChat withDigestAt(Optional<LocalTime> value) {
    return new OperatorChat(summary, value);
  }

  /**
   * The Korean day whose digest is due at {@code now}: today once its digest time has passed (a
   * cycle missed at the hour is caught up by the next one the same evening), else none.
   */
  public Optional<LocalDate> digestDue(Instant now) {
    ZonedDateTime local = now.atZone(Booking.SEOUL);
    return digestAt.filter(at -> !local.toLocalTime().isBefore(at)).map(at -> local.toLocalDate());
  }
}
