package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.booking.Stores;
import com.naversms.core.cycle.BookingSource.FetchRequest;
import com.naversms.core.cycle.BookingSource.StoreFetch;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogField;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.WaitingForOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fetch step (RC04 too, over RC03's window: cancellations): RC08 windows from the records still
 * waiting for their option message, RC03 for every store; a failing store is reported and the
 * others go on.
 */
final class Fetching {
  private final StateStore state;
  private final StepLog steps;
  private final Clock clock;

  Fetching(StateStore state, StepLog steps, Clock clock) {
    this.state = state;
    this.steps = steps;
    this.clock = clock;
  }

  record Fetched(
      List<Booking> bookings, List<StoreFetch.Failed> failures, List<BookingProblem> problems) {

    /** The stores with at least one failed fetch, each once, in the order they failed. */
    List<String> failedStores() {
      return failures.stream().map(f -> f.request().storeId()).distinct().toList();
    }
  }

  Fetched fetch(BookingSource source, Stores stores, Instant now) {
    return fetch(source, stores, now, state::waitingForOption);
  }

  /** {@code waiting}: the records waiting for their option message (read ahead by the cycle). */
  Fetched fetch(
      BookingSource source, Stores stores, Instant now, Supplier<List<WaitingForOption>> waiting) {
    List<FetchRequest> requests = FetchWindows.forCycle(stores, waitingRecords(waiting), now);
    List<Booking> bookings = new ArrayList<>();
    List<StoreFetch.Failed> failures = new ArrayList<>();
    List<BookingProblem> problems = new ArrayList<>();
    long started = clock.millis();
    for (StoreFetch result : source.fetchAll(requests)) {
      FetchRequest r = result.request();
      Map<LogField, Object> where =
          Map.of(LogField.STORE_ID, r.storeId(), LogField.REASON, r.statusCode());
      switch (result) {
        case StoreFetch.Fetched f -> {
          bookings.addAll(f.bookings());
          problems.addAll(f.problems());
          steps.success(
              ActionType.FETCH_BOOKINGS,
              "fetched " + f.bookings().size() + " " + r.statusCode() + " bookings",
              clock.millis() - started,
              Map.of(
                  LogField.STORE_ID, r.storeId(),
                  LogField.REASON, r.statusCode(),
                  LogField.COUNT, f.bookings().size()));
        }
        case StoreFetch.Failed f -> {
          failures.add(f);
          steps.failure(
              ActionType.FETCH_BOOKINGS,
              "store " + r.storeId() + " could not be fetched; the others go on",
              f.errorType(),
              f.reason(),
              clock.millis() - started,
              where);
        }
      }
    }
    for (BookingProblem p : problems) {
      steps.warn(ActionType.FETCH_BOOKINGS, "booking skipped: " + p, Map.of());
    }
    return new Fetched(bookings, failures, problems);
  }

  /** Without them only the RC08 pass is lost, so a failure here does not stop the cycle. */
  private List<WaitingForOption> waitingRecords(Supplier<List<WaitingForOption>> waiting) {
    long started = clock.millis();
    try {
      return waiting.get();
    } catch (RuntimeException e) {
      steps.failure(
          ActionType.READ_RECORDS,
          "records waiting for the option message could not be read: RC08 skipped this cycle",
          e.getClass().getSimpleName(),
          String.valueOf(e.getMessage()),
          clock.millis() - started);
      return List.of();
    }
  }
}
