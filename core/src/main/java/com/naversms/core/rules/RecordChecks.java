package com.naversms.core.rules;

import com.naversms.core.state.StoredRecord;
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
    boolean set = record.get().flag(flag);
    return Verdict.of(!set, label, flag + (set ? " is already set" : " is not set"));
  }

  /** A record exists and the flag is true. */
  static Verdict flagSet(String flag, String label, Situation s) {
    Optional<StoredRecord> record = s.record();
    if (record.isEmpty()) {
      return new Verdict.Fails(label, "no record for " + s.booking().bookingNum());
    }
    boolean set = record.get().flag(flag);
    return Verdict.of(set, label, flag + (set ? " is set" : " is not set"));
  }

  private static String describe(Situation s) {
    return (s.record().isPresent() ? "a record exists for " : "no record for ")
        + s.booking().bookingNum();
  }
}
