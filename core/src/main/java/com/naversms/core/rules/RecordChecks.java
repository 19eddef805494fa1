package com.naversms.core.rules;

import com.naversms.core.state.Slots;
import com.naversms.core.state.StoredRecord;
import java.time.LocalDateTime;
import java.util.Optional;

/** Conditions on the stored record as it was at the start of the cycle. */
final class RecordChecks {
  private RecordChecks() {}

  static Verdict notInDb(String label, Situation s) {
    return Verdict.of(s.record().isEmpty(), label, describe(s));
  }

  static Verdict inDb(String label, Situation s) {
    return Verdict.of(s.record().isPresent(), label, describe(s));
  }

  /** No record, or the flag missing or false. */
  static Verdict flagNotSet(String flag, String label, Situation s) {
    Optional<StoredRecord> record = s.record();
    if (record.isEmpty()) {
      return new Verdict.Holds(label, "no record for " + s.booking().bookingNum());
    }
    boolean set = SlotBound.isSet(flag, s);
    return Verdict.of(!set, label, flag + (set ? " is already set" : notSet(flag, s)));
  }

  /** A record exists and the flag is true. */
  static Verdict flagSet(String flag, String label, Situation s) {
    Optional<StoredRecord> record = s.record();
    if (record.isEmpty()) {
      return new Verdict.Fails(label, "no record for " + s.booking().bookingNum());
    }
    boolean set = SlotBound.isSet(flag, s);
    return Verdict.of(set, label, flag + (set ? " is set" : notSet(flag, s)));
  }

  /** {@code booking_rescheduled}. */
  static Verdict rescheduled(String label, Situation s) {
    Optional<StoredRecord> record = s.record();
    if (record.isEmpty()) {
      return new Verdict.Fails(label, "no record for " + s.booking().bookingNum());
    }
    LocalDateTime slot = Slots.of(s.booking().startLocal());
    LocalDateTime held = record.get().bookingTime();
    if (held == null) {
      return new Verdict.Fails(label, "the record has no booking_time");
    }
    boolean moved = SlotBound.rescheduled(s);
    return Verdict.of(
        moved,
        label,
        moved
            ? "rescheduled " + Slots.text(held) + " → " + Slots.text(slot)
            : "the slot " + Slots.text(slot) + " is the record's booking_time");
  }

  /** " is not set", or why a true slot-bound flag does not count for the current slot. */
  private static String notSet(String flag, Situation s) {
    StoredRecord r = s.record().orElseThrow();
    if (!r.flag(flag)) {
      return " is not set";
    }
    return " was set for "
        + Slots.ofFlag(r, flag).map(Slots::text).orElse("another slot")
        + ", not the current slot "
        + Slots.text(s.booking().startLocal())
        + " (slot-bound)";
  }

  private static String describe(Situation s) {
    return (s.record().isPresent() ? "a record exists for " : "no record for ")
        + s.booking().bookingNum();
  }
}
