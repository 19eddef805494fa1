package com.naversms.adapters.statecontract;

import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.time.LocalDateTime;
import java.util.Map;

/** Test data: made-up bookings and phones (0100000xxxx). */
public final class Records {
  private Records() {}

  public static RecordKey key(int n) {
    return new RecordKey("1051707_" + (900000 + n), String.format("010-0000-%04d", n % 10_000));
  }

  public static StoredRecord record(int n) {
    return new StoredRecord(
        key(n),
        "테스트" + n,
        LocalDateTime.of(2026, 11, 27, 14, 0),
        false,
        false,
        false,
        "",
        Map.of());
  }

  public static StoredRecord withFlags(int n, boolean confirm, boolean remind, boolean option) {
    StoredRecord r = record(n);
    return new StoredRecord(
        r.key(), r.name(), r.bookingTime(), confirm, remind, option, r.optionTime(), r.extra());
  }

  public static StoredRecord withExtra(int n, Map<String, Object> extra) {
    StoredRecord r = record(n);
    return new StoredRecord(
        r.key(), r.name(), r.bookingTime(), false, false, false, r.optionTime(), extra);
  }
}
