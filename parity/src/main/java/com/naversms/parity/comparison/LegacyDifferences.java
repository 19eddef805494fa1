package com.naversms.parity.comparison;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.QuietWindow;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.Slots;
import com.naversms.core.state.StoredRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies the differences between the legacy planner (baseline) and the default rules
 * (candidate) of one cycle with the ids of docs/compatibility.md. Which difference an item is
 * depends on the booking (status, record, slot) and the cycle's instant, so one is built per cycle.
 */
public final class LegacyDifferences implements IntendedDifferences.Classifier {
  private static final Set<String> SENDER_AND_TYPE = Set.of("from", "message_type");
  private static final Duration WINDOW = Duration.ofHours(2);

  private final Map<String, Booking> bookings = new HashMap<>();
  private final Map<String, StoredRecord> records = new HashMap<>();
  private final Instant now;

  private LegacyDifferences(
      List<Booking> bookings, Map<RecordKey, StoredRecord> records, Instant now) {
    bookings.forEach(b -> this.bookings.putIfAbsent(b.bookingNum(), b));
    records.values().forEach(r -> this.records.putIfAbsent(r.key().bookingNum(), r));
    this.now = now;
  }

  public static IntendedDifferences forCycle(
      List<Booking> bookings, Map<RecordKey, StoredRecord> records, Instant now) {
    return IntendedDifferences.of(List.of(new LegacyDifferences(bookings, records, now)));
  }

  @Override
  public Optional<String> idFor(ComparedItem item) {
    Booking b = bookings.get(item.bookingNum());
    if (b == null) {
      return Optional.empty();
    }
    return item.side() == ComparedItem.Side.BOTH ? fieldDifference(item) : presence(item, b);
  }

  private static Optional<String> fieldDifference(ComparedItem item) {
    List<String> ids = new ArrayList<>();
    switch (item.category()) {
      case SMS -> {
        if (!SENDER_AND_TYPE.containsAll(item.differences())) {
          return Optional.empty();
        }
        if (item.differences().contains("from")) {
          ids.add("D13"); // every SMS from its store's sender
        }
        if (item.differences().contains("message_type")) {
          ids.add("D16"); // SMS or LMS by size
        }
      }
      case DB -> {
        for (String d : item.differences()) {
          switch (d) {
            case "record.booking_time" -> ids.add("D19"); // Naver's seconds kept
            case "record.phone" -> ids.add("D18"); // the phone forms of record keys
            default -> {
              return Optional.empty();
            }
          }
        }
      }
      case TELEGRAM -> {
        return Optional.of("D22");
      }
    }
    return ids.isEmpty() ? Optional.empty() : Optional.of(String.join(",", ids));
  }

  private Optional<String> presence(ComparedItem item, Booking b) {
    boolean candidateOnly = item.side() == ComparedItem.Side.CANDIDATE_ONLY;
    StoredRecord record = records.get(b.bookingNum());
    String kind = kind(item);
    if (!candidateOnly && record != null && !record.key().equals(RecordKeys.forNewItem(b))) {
      // the legacy looked only its own phone form up and missed the refactor's item
      return Optional.of("D18");
    }
    if (candidateOnly && "update_record".equals(item.key())) {
      // the planner's own reschedule/cancellation handling (issue 15)
      return Optional.of("RC04".equals(b.statusCode()) ? "D30" : "D29");
    }
    if (candidateOnly && item.category() == Category.TELEGRAM && record != null) {
      // the planner's own operator line beside that update (예약취소 / 예약변경), not a rule's
      if ("RC04".equals(b.statusCode())) {
        return Optional.of("D30");
      }
      if ("message".equals(kind) && Slots.rescheduled(record, b.startLocal())) {
        return Optional.of("D29");
      }
    }
    if (!candidateOnly
        && QuietWindow.ADVERTISING.contains(now.atZone(Booking.SEOUL).toLocalTime())) {
      return Optional.of("D31"); // the shipped quiet hours (21:00-08:00) defer it to 08:00
    }
    if (item.category() == Category.TELEGRAM) {
      return Optional.of("D22"); // one line per SMS from the rules, not the legacy's lines
    }
    if ("guide".equals(kind)
        && candidateOnly
        && record != null
        && record.bookingTime() != null
        && !Slots.of(record.bookingTime()).equals(Slots.of(b.startLocal()))) {
      return Optional.of("D29"); // the guide follows a reschedule
    }
    if (("guide".equals(kind) || "confirmation".equals(kind))
        && candidateOnly
        && record != null
        && now.equals(b.start().minus(WINDOW))) {
      return Optional.of("D2"); // [start-2h, start) for known bookings too
    }
    if ("event".equals(kind)) {
      if (candidateOnly && "RC03".equals(b.statusCode())) {
        return Optional.of(record == null ? "D7" : "D4");
      }
      if (candidateOnly && "RC08".equals(b.statusCode()) && record == null) {
        return Optional.of("D6");
      }
      LocalDate today = now.atZone(Booking.SEOUL).toLocalDate();
      if (!candidateOnly && !b.startLocal().toLocalDate().equals(today)) {
        return Optional.of("D5");
      }
    }
    return Optional.empty();
  }

  /** The message an item is about: an SMS template, or the template a flag guards. */
  private static String kind(ComparedItem item) {
    return switch (item.key()) {
      case "update_flag:confirm_sms" -> "confirmation";
      case "update_flag:remind_sms" -> "guide";
      case "update_flag:option_sms" -> "event";
      default -> item.key();
    };
  }
}
