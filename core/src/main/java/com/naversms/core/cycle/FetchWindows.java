package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.booking.Stores;
import com.naversms.core.cycle.BookingSource.FetchRequest;
import com.naversms.core.state.WaitingForOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which bookings a cycle asks Naver for (docs/naver.md, "Fetch windows"). Pure: {@code now} is a
 * parameter.
 *
 * <p>The partner API answers 422 to a range longer than 31 days. Every window here spans at most
 * {@link #MAX_SPAN} = 31 days − 1 s, i.e. 31 whole Korean calendar days from 00:00:00 to 23:59:59,
 * which holds whether Naver counts the limit as a duration or in calendar days.
 */
public final class FetchWindows {
  public static final String CONFIRMED = "RC03";
  public static final String COMPLETED = "RC08";
  public static final String CANCELLED = "RC04";
  public static final Duration MAX_SPAN = Duration.ofDays(31).minusSeconds(1);

  private FetchWindows() {}

  /**
   * RC08 requests first (as the legacy handler did), then RC03, then RC04 (cancelled, RC03's
   * window: docs/rules.md "Cancellations"); stores in config order.
   */
  public static List<FetchRequest> forCycle(
      Stores stores, List<WaitingForOption> waiting, Instant now) {
    List<FetchRequest> all = new ArrayList<>(completed(stores, waiting, now));
    all.addAll(confirmed(stores, now));
    all.addAll(cancelled(stores, now));
    return List.copyOf(all);
  }

  /** RC04 for every store over the RC03 window: cancellations of the bookings RC03 lists. */
  public static List<FetchRequest> cancelled(Stores stores, Instant now) {
    return confirmed(stores, now).stream()
        .map(r -> new FetchRequest(r.storeId(), CANCELLED, r.from(), r.to()))
        .toList();
  }

  /**
   * RC03 for every store: today 00:00 KST to the end of today + 30 days (KST), in UTC. The
   * refactor's "today .. end of today + 31 days" spans 32 calendar days, over the limit.
   */
  public static List<FetchRequest> confirmed(Stores stores, Instant now) {
    Instant from = startOfDay(LocalDateTime.ofInstant(now, Booking.SEOUL).toLocalDate());
    Instant to = from.plus(MAX_SPAN);
    return stores.all().stream().map(s -> new FetchRequest(s.id(), CONFIRMED, from, to)).toList();
  }

  /**
   * RC08 for each store (config order) that has records still waiting for the option message
   * ({@code booking_num} starting with {@code "{storeId}_"}). See {@link #completedWindow}. One
   * pass over {@code waiting}, whatever the number of stores: a chain of 100 stores has ~60,000
   * waiting records, and a pass per store took 0.3 s of every cycle (issue 19).
   */
  public static List<FetchRequest> completed(
      Stores stores, List<WaitingForOption> waiting, Instant now) {
    Map<String, Days> byStore = new HashMap<>();
    for (Store store : stores.all()) {
      byStore.put(store.id(), new Days());
    }
    for (WaitingForOption w : waiting) {
      if (w.bookingTime() == null) {
        continue;
      }
      String num = w.bookingNum();
      // every "{id}_" the booking number starts with: usually one, at its first underscore
      for (int at = num.indexOf('_'); at >= 0; at = num.indexOf('_', at + 1)) {
        Days days = byStore.get(num.substring(0, at));
        if (days != null) {
          days.add(w.bookingTime().toLocalDate());
        }
      }
    }
    List<FetchRequest> requests = new ArrayList<>();
    for (Store store : stores.all()) {
      window(store.id(), byStore.get(store.id()), now).ifPresent(requests::add);
    }
    return List.copyOf(requests);
  }

  /**
   * The RC08 window of one store: from the day of its oldest waiting record to the day of its
   * newest, in Korean days ({@code booking_time} is Korean wall clock, not UTC as the legacy
   * labelled it). A completed booking cannot lie after today, so the window ends at the end of
   * today at the latest; when it is longer than {@link #MAX_SPAN} the most recent 31 days are kept
   * (the refactor kept the oldest, starving recent bookings once old records piled up). Empty when
   * the store has no waiting record up to today.
   */
  public static Optional<FetchRequest> completedWindow(
      String storeId, List<WaitingForOption> waiting, Instant now) {
    String prefix = storeId + "_";
    Days days = new Days();
    for (WaitingForOption w : waiting) {
      if (w.bookingTime() != null && w.bookingNum().startsWith(prefix)) {
        days.add(w.bookingTime().toLocalDate());
      }
    }
    return window(storeId, days, now);
  }

  private static Optional<FetchRequest> window(String storeId, Days days, Instant now) {
    if (days.first == null) {
      return Optional.empty();
    }
    LocalDate today = LocalDateTime.ofInstant(now, Booking.SEOUL).toLocalDate();
    LocalDate lastDay = days.last.isAfter(today) ? today : days.last;
    if (days.first.isAfter(lastDay)) {
      return Optional.empty();
    }
    Instant to = startOfDay(lastDay.plusDays(1)).minusSeconds(1);
    Instant earliest = to.minus(MAX_SPAN);
    Instant from = startOfDay(days.first);
    return Optional.of(
        new FetchRequest(storeId, COMPLETED, from.isBefore(earliest) ? earliest : from, to));
  }

  /** The first and last day of a store's waiting records; both null when it has none. */
  private static final class Days {
    private LocalDate first;
    private LocalDate last;

    void add(LocalDate day) {
      if (first == null || day.isBefore(first)) {
        first = day;
      }
      if (last == null || day.isAfter(last)) {
        last = day;
      }
    }
  }

  private static Instant startOfDay(LocalDate day) {
    return ZonedDateTime.of(day.atStartOfDay(), Booking.SEOUL).toInstant();
  }
}
