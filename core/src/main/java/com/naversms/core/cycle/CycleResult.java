package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.cycle.BookingSource.StoreFetch;
import com.naversms.core.delivery.CycleReport;
import com.naversms.core.plan.Plan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How one cycle ended.
 *
 * @param failure why the cycle stopped early (secrets, login, state store, a bug), else empty
 * @param bookings the bookings fetched (what a dry run's table shows beside the plan)
 * @param plan empty when the cycle stopped before planning
 * @param differences unexpected differences found in comparison mode
 * @param skippedChannels operator channels left out for a broken secret, with why
 */
public record CycleResult(
    String requestId,
    Instant at,
    Optional<String> failure,
    List<Booking> bookings,
    List<StoreFetch.Failed> storeFailures,
    List<BookingProblem> problems,
    Optional<Plan> plan,
    CycleReport report,
    int differences,
    List<String> skippedChannels,
    Duration duration) {

  /**
   * The failure type of a dry run that has no working stored session and may not sign in: bad input
   * for the command (exit 2), not a failed cycle.
   */
  public static final String NO_SESSION = "NoSession";

  public CycleResult {
    bookings = List.copyOf(bookings);
    storeFailures = List.copyOf(storeFailures);
    problems = List.copyOf(problems);
    skippedChannels = List.copyOf(skippedChannels);
  }

  static CycleResult failed(String requestId, Instant at, String failure, Duration duration) {
    return new CycleResult(
        requestId,
        at,
        Optional.of(failure),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        CycleReport.empty(at),
        0,
        List.of(),
        duration);
  }

  public int bookingsFetched() {
    return bookings.size();
  }

  public boolean completed() {
    return failure.isEmpty();
  }

  /**
   * 0 when everything went, 1 when the cycle failed, a store failed, a send failed or an operator
   * channel was skipped for a broken secret, 2 when a dry run had no session to use ({@link
   * #NO_SESSION}).
   */
  public int exitCode() {
    if (failure.filter(f -> f.startsWith(NO_SESSION + ":")).isPresent()) {
      return 2;
    }
    boolean problem =
        failure.isPresent()
            || !storeFailures.isEmpty()
            || !skippedChannels.isEmpty()
            || report.hasProblems();
    return problem ? 1 : 0;
  }
}
