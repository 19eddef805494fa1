package com.naversms.core.state;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Slots as the record holds them (docs/state.md section 10): the Korean wall-clock start of a
 * booking's slot in the legacy {@code booking_time} format {@code YYYY-MM-DD HH:MM:SS}, and which
 * slot a slot-bound flag or claim is for.
 */
public final class Slots {
  public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  /** The record attribute saying the booking was seen cancelled (N, epoch ms), said once. */
  public static final String CANCELLED_AT = "cancelled_at";

  private Slots() {}

  /** The slot as the record holds it, to the second. */
  public static LocalDateTime of(LocalDateTime start) {
    return start.truncatedTo(ChronoUnit.SECONDS);
  }

  public static String text(LocalDateTime slot) {
    return of(slot).format(FORMAT);
  }

  /** A stored slot text (the legacy format, or ISO-8601); empty when it is neither. */
  public static Optional<LocalDateTime> parse(Object text) {
    if (!(text instanceof String s) || s.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(s, FORMAT));
    } catch (DateTimeParseException notLegacy) {
      try {
        return Optional.of(LocalDateTime.parse(s).truncatedTo(ChronoUnit.SECONDS));
      } catch (DateTimeParseException notIso) {
        return Optional.empty();
      }
    }
  }

  /**
   * The slot a set flag was delivered for: its {@code {flag}_slot}, else the record's {@code
   * booking_time}; empty when neither is known.
   */
  public static Optional<LocalDateTime> ofFlag(StoredRecord r, String flag) {
    Object stamped = r.extra().get(new DeliveryAttributes(flag).slot());
    if (stamped != null) {
      return parse(stamped);
    }
    return Optional.ofNullable(r.bookingTime()).map(Slots::of);
  }

  /**
   * Whether a slot-bound flag is set for {@code slot}: true and delivered for that slot. A flag
   * whose slot is unknown counts as set (never twice).
   */
  public static boolean flagSetFor(StoredRecord r, String flag, LocalDateTime slot) {
    if (!r.flag(flag)) {
      return false;
    }
    Optional<LocalDateTime> delivered = ofFlag(r, flag);
    return delivered.isEmpty() || delivered.get().equals(of(slot));
  }

  /**
   * Whether a claim on a slot-bound flag holds {@code slot}: a claim with no {@code
   * {flag}_claim_slot} (written before slots were recorded) holds every slot.
   */
  public static boolean claimHeldFor(StoredRecord r, String flag, LocalDateTime slot) {
    DeliveryAttributes a = new DeliveryAttributes(flag);
    if (!r.extra().containsKey(a.claimedAt())) {
      return false;
    }
    Object claimed = r.extra().get(a.claimSlot());
    return claimed == null || parse(claimed).map(of(slot)::equals).orElse(true);
  }

  /** The record's slot differs from the booking's: the booking was rescheduled. */
  public static boolean rescheduled(StoredRecord r, LocalDateTime bookingStart) {
    return r.bookingTime() != null && !of(r.bookingTime()).equals(of(bookingStart));
  }
}
