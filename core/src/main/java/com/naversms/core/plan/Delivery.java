package com.naversms.core.plan;

import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordUpdate;
import com.naversms.core.state.StoredRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What one rule planned for one booking in a cycle, as the executor carries it out: its steps in
 * the rule's action order. A {@link Send} names the flag whose claim guards its message; the flag
 * writes its delivery stands for ({@link FlagOfSend}) and the operator notices that wait for it are
 * steps of the same delivery, so nothing has to be linked again by keys. A per-cycle digest is a
 * delivery without a booking.
 *
 * @param bookingNum empty for a digest
 * @param storeId empty for a digest
 * @param key the booking's record key; null for a digest
 * @param slot the booking's start, Korean time to the minute ({@code 2026-12-04T14:00}): the
 *     message ledger keeps a rescheduled booking's messages apart; empty when unknown
 */
public record Delivery(
    String rule, String bookingNum, String storeId, RecordKey key, String slot, List<Step> steps) {
  public Delivery {
    slot = slot == null ? "" : slot;
    steps = List.copyOf(steps);
  }

  /** Without a slot. */
  public Delivery(String rule, String bookingNum, String storeId, RecordKey key, List<Step> steps) {
    this(rule, bookingNum, storeId, key, "", steps);
  }

  /** A digest of {@code rule}: tied to no booking. */
  public static Delivery digest(String rule, List<Step> steps) {
    return new Delivery(rule, "", "", null, steps);
  }

  /** The slot of a booking that starts at {@code start}: Korean time to the minute. */
  public static String slotOf(java.time.Instant start) {
    return start == null
        ? ""
        : java.time.LocalDateTime.ofInstant(start, java.time.ZoneId.of("Asia/Seoul"))
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
            .toString();
  }

  /** Whether a message to the customer is among the steps. */
  public boolean sends() {
    return steps.stream().anyMatch(Send.class::isInstance);
  }

  /** Whether the delivery belongs to one booking (a digest does not). */
  public boolean forBooking() {
    return bookingNum != null && !bookingNum.isEmpty();
  }

  /** One step of a delivery. */
  public sealed interface Step {}

  /**
   * Send {@code message} at most once: the claim on {@code flag} guards it and its delivery sets
   * the flag.
   *
   * @param template the message's template, recorded with the claim
   * @param slot the booking's slot when {@code flag} is slot-bound (docs/rules.md, "Reschedules");
   *     null otherwise
   */
  public record Send(Message message, String flag, String template, LocalDateTime slot)
      implements Step {
    public Send(Message message, String flag, String template) {
      this(message, flag, template, null);
    }
  }

  /**
   * A flag the rule sets that one of this delivery's messages carries: set by that message's
   * delivery, never written apart. {@code value} as the rule wrote it.
   */
  public record FlagOfSend(String flag, boolean value) implements Step {}

  /** A flag written on its own; {@code slot} as in {@link Send}. */
  public record WriteFlag(String flag, boolean value, LocalDateTime slot) implements Step {
    public WriteFlag(String flag, boolean value) {
      this(flag, value, null);
    }
  }

  /**
   * The booking was rescheduled or cancelled: change its existing record (docs/state.md section
   * 10). {@code reason} is what {@code plan --explain} says.
   */
  public record UpdateRecord(RecordUpdate update, String reason) implements Step {}

  /** Write the booking's record (only when it does not exist yet). */
  public record WriteRecord(StoredRecord record) implements Step {}

  /** A line to the operators; when the delivery sends a message, posted only once one went out. */
  public sealed interface Notice extends Step {
    String text();
  }

  public record Telegram(String text) implements Notice {}

  /** {@code channel} may be empty: the webhook's own channel. */
  public record Slack(String channel, String text) implements Notice {}

  /** A structured log event. */
  public record LogEvent(String eventType, Map<String, Object> fields) implements Step {
    public LogEvent {
      fields = Map.copyOf(fields);
    }
  }
}
