package com.naversms.core.state;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * A record still waiting for its option message ({@code option_sms} false), as much of it as the
 * RC08 fetch windows read: its {@code booking_num} and its {@code booking_time} (null when the
 * stored text is not a date-time). A chain of 100 stores has tens of thousands of them; reading
 * only these two values keeps the read that precedes every fetch short (docs/performance.md, "A
 * chain of 100 stores").
 */
public record WaitingForOption(String bookingNum, LocalDateTime bookingTime) {

  /** The waiting ones of {@code records}, as the store's own query would give them. */
  public static List<WaitingForOption> of(Collection<StoredRecord> records) {
    return records.stream()
        .filter(r -> !r.optionSms())
        .map(r -> new WaitingForOption(r.key().bookingNum(), r.bookingTime()))
        .toList();
  }
}
