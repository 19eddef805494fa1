package com.naversms.core.state;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A change to an existing record that is not a message (docs/state.md section 8): the booking was
 * rescheduled ({@code booking_time} moves to the new slot, the old slot is stamped on the
 * slot-bound flags that lack one) or cancelled ({@code cancelled_at}). Attributes in {@code
 * setIfAbsent} are written only where the record does not hold them yet, so a value another write
 * set meanwhile (the new slot's guide delivered in the same cycle) is kept.
 *
 * @param bookingTime the new {@code booking_time}; null to leave it as it is
 * @param setIfAbsent attribute → String or Long value
 */
public record RecordUpdate(LocalDateTime bookingTime, Map<String, Object> setIfAbsent) {
  public RecordUpdate {
    setIfAbsent = Collections.unmodifiableMap(new TreeMap<>(setIfAbsent));
    for (Object v : setIfAbsent.values()) {
      if (!(v instanceof String) && !(v instanceof Long)) {
        throw new IllegalArgumentException("a record update writes strings and numbers only: " + v);
      }
    }
  }

  /** Whether it marks the booking cancelled ({@code cancelled_at}). */
  public boolean cancels() {
    return setIfAbsent.containsKey(Slots.CANCELLED_AT);
  }
}
