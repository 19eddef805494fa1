package com.naversms.core.rules;

import com.naversms.core.booking.Booking;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule is evaluated against: one booking, its stored record as it was at the start of the
 * cycle (empty when there is none), the cycle's instant and the configuration.
 */
public record Situation(
    Booking booking, Optional<StoredRecord> record, Instant now, Configuration config) {

  public Situation {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(config, "config");
  }

  /** The cycle's instant on the Korean wall clock (docs/design.md 6.1). */
  public LocalDateTime nowLocal() {
    return LocalDateTime.ofInstant(now, Booking.SEOUL);
  }
}
