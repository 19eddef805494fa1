package com.naversms.core.plan;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Phone;
import com.naversms.core.booking.Store;
import com.naversms.core.rules.Evaluator;
import com.naversms.core.state.DeliveryAttributes;
import com.naversms.core.state.RecordUpdate;
import com.naversms.core.state.Slots;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the planner itself plans when a booking's record no longer matches the booking
 * (docs/rules.md, "Reschedules" and "Cancellations"), whatever the rules say, so it works with a
 * legacy rules.yaml:
 *
 * <ul>
 *   <li>a rescheduled booking (its record's {@code booking_time} is another slot): the record's
 *       {@code booking_time} moves to the new slot, every set slot-bound flag without a {@code
 *       {flag}_slot} gets the old slot stamped, and the operators get one line;
 *   <li>a cancelled booking (RC04) with a record not yet marked: {@code cancelled_at} is written
 *       and the operators get one line, naming any message whose claim is still held (in flight or
 *       uncertain: never re-sent, docs/operations.md).
 * </ul>
 *
 * A booking without a record gets nothing: one created and cancelled between two cycles was never
 * seen by the service.
 */
final class BookingChanges {
  static final String RESCHEDULE = "(reschedule)";
  static final String CANCELLATION = "(cancellation)";
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private BookingChanges() {}

  /** The built-in delivery for this booking, if its record says it changed. */
  static Optional<Delivery> plan(BookingInput in, Set<String> slotBoundFlags, Instant now) {
    Optional<StoredRecord> found = in.situation().record();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredRecord r = found.get();
    Booking b = in.booking();
    if (Evaluator.CANCELLED.equals(b.statusCode())) {
      return r.extra().containsKey(Slots.CANCELLED_AT)
          ? Optional.empty()
          : Optional.of(cancelled(in, r, now));
    }
    if (Slots.rescheduled(r, b.startLocal())) {
      return Optional.of(rescheduled(in, r, slotBoundFlags));
    }
    return Optional.empty();
  }

  private static Delivery rescheduled(BookingInput in, StoredRecord r, Set<String> slotBound) {
    LocalDateTime old = Slots.of(r.bookingTime());
    LocalDateTime slot = Slots.of(in.booking().startLocal());
    Map<String, Object> stamps = new LinkedHashMap<>();
    List<String> rearmed = new ArrayList<>();
    List<String> inFlight = new ArrayList<>();
    for (String flag : slotBound) {
      DeliveryAttributes a = new DeliveryAttributes(flag);
      if (r.flag(flag)) {
        if (!r.extra().containsKey(a.slot())) {
          stamps.put(a.slot(), Slots.text(old));
        }
        if (!Slots.flagSetFor(r, flag, slot)) {
          rearmed.add(flag);
        }
      }
      if (Slots.claimHeldFor(r, flag, old) && !Slots.claimHeldFor(r, flag, slot)) {
        inFlight.add(flag);
      }
    }
    String move = moved(old, slot);
    String reason =
        "rescheduled "
            + move
            + (rearmed.isEmpty()
                ? ": booking_time updated"
                : ": " + String.join(", ", rearmed) + " re-armed for the new slot")
            + inFlightNote(inFlight);
    String line =
        "예약변경 "
            + who(in)
            + " "
            + old.format(DAY_TIME)
            + "→"
            + (old.toLocalDate().equals(slot.toLocalDate())
                ? slot.format(TIME)
                : slot.format(DAY_TIME))
            + (inFlight.isEmpty()
                ? ""
                : " (이전 시간 문자 발송 확인 필요: " + String.join(", ", inFlight) + ")");
    return delivery(RESCHEDULE, in, new RecordUpdate(slot, stamps), reason, line);
  }

  private static Delivery cancelled(BookingInput in, StoredRecord r, Instant now) {
    List<String> inFlight = new ArrayList<>();
    for (String key : r.extra().keySet()) {
      if (key.endsWith(DeliveryAttributes.CLAIM_SUFFIX)) {
        inFlight.add(key.substring(0, key.length() - DeliveryAttributes.CLAIM_SUFFIX.length()));
      }
    }
    inFlight.sort(null);
    String reason = "booking cancelled (" + Evaluator.CANCELLED + ")" + inFlightNote(inFlight);
    String line =
        "예약취소 "
            + who(in)
            + " "
            + Slots.of(in.booking().startLocal()).format(DAY_TIME)
            + (inFlight.isEmpty()
                ? ""
                : " (발송 중이던 문자 확인 필요, 재발송 안 함: " + String.join(", ", inFlight) + ")");
    Map<String, Object> mark = Map.of(Slots.CANCELLED_AT, now.toEpochMilli());
    return delivery(CANCELLATION, in, new RecordUpdate(null, mark), reason, line);
  }

  private static String inFlightNote(List<String> flags) {
    return flags.isEmpty()
        ? ""
        : "; a claim is still held on "
            + String.join(", ", flags)
            + " (in flight or uncertain): never re-sent, left to the uncertain-delivery report";
  }

  /** {@code 11:00 → 13:00}, with the dates when they differ. */
  private static String moved(LocalDateTime old, LocalDateTime slot) {
    boolean sameDay = old.toLocalDate().equals(slot.toLocalDate());
    DateTimeFormatter f = sameDay ? TIME : DAY_TIME;
    return old.format(f) + " → " + slot.format(f);
  }

  /** Store alias, name and last four digits, as the shipped rules' Telegram lines show them. */
  private static String who(BookingInput in) {
    Booking b = in.booking();
    String alias = in.store().map(Store::alias).orElse(b.storeId());
    String name = b.name() == null ? "" : b.name();
    return alias + " " + name + " " + Phone.last4(b.phone());
  }

  private static Delivery delivery(
      String rule, BookingInput in, RecordUpdate update, String reason, String line) {
    return new Delivery(
        rule,
        in.key().bookingNum(),
        in.booking().storeId(),
        in.key(),
        List.of(new Delivery.UpdateRecord(update, reason), new Delivery.Telegram(line)));
  }
}
