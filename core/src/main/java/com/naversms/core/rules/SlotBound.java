package com.naversms.core.rules;

import com.naversms.core.state.Flags;
import com.naversms.core.state.Slots;
import com.naversms.core.state.StoredRecord;
import java.util.Optional;

/**
 * Slot-bound flags (docs/rules.md, "Reschedules"): {@code remind_sms} always, and any flag an
 * {@code update_flag} marks {@code slot_bound: true}. Such a flag counts as set only when it is
 * true and was delivered for the booking's current slot; the legacy boolean itself is never
 * cleared.
 */
public final class SlotBound {
  private SlotBound() {}

  public static boolean flag(String flag, Configuration config) {
    if (Flags.REMIND.equals(flag)) {
      return true;
    }
    for (Rule rule : config.rules()) {
      for (Action action : rule.actions()) {
        if (action instanceof Action.UpdateFlag u && u.slotBound() && u.flag().equals(flag)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every slot-bound flag of the configuration, {@code remind_sms} first. */
  public static java.util.Set<String> flags(Configuration config) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    out.add(Flags.REMIND);
    for (Rule rule : config.rules()) {
      for (Action action : rule.actions()) {
        if (action instanceof Action.UpdateFlag u && u.slotBound()) {
          out.add(u.flag());
        }
      }
    }
    return out;
  }

  /** Whether {@code flag} counts as set for this booking (its current slot when slot-bound). */
  public static boolean isSet(String flag, Situation s) {
    Optional<StoredRecord> record = s.record();
    if (record.isEmpty() || !record.get().flag(flag)) {
      return false;
    }
    return !flag(flag, s.config())
        || Slots.flagSetFor(record.get(), flag, s.booking().startLocal());
  }

  /** The booking's record holds another slot than the booking (docs/rules.md, "Reschedules"). */
  public static boolean rescheduled(Situation s) {
    return s.record().isPresent() && Slots.rescheduled(s.record().get(), s.booking().startLocal());
  }
}
