package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import java.time.Instant;
import java.util.List;

/**
 * Bookings of Naver stores (the partner booking API). One failing store never stops the others:
 * each request gets its own result.
 */
public interface BookingSource {

  /** Fetches every request (the adapter may run them concurrently); results in request order. */
  List<StoreFetch> fetchAll(List<FetchRequest> requests);

  /**
   * Browser sign-ins to Naver made for this source (opening it and renewing it while fetching); a
   * cycle with one posts its summary (docs/operations.md 2.7).
   */
  default int browserSignIns() {
    return 0;
  }

  /**
   * Bookings of one store with one status code ({@code RC03}, {@code RC08}) whose use date lies in
   * [{@code from}, {@code to}].
   */
  record FetchRequest(String storeId, String statusCode, Instant from, Instant to) {}

  /** Result of one {@link FetchRequest}. */
  sealed interface StoreFetch {
    FetchRequest request();

    /** {@code problems}: bookings of the response that could not be read (skipped). */
    record Fetched(FetchRequest request, List<Booking> bookings, List<BookingProblem> problems)
        implements StoreFetch {
      public Fetched {
        bookings = List.copyOf(bookings);
        problems = List.copyOf(problems);
      }
    }

    /** The store could not be fetched after the adapter's retries. */
    record Failed(FetchRequest request, String errorType, String reason) implements StoreFetch {}
  }
}
