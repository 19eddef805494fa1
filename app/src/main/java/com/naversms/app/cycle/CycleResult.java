package com.naversms.app.cycle;

import com.naversms.core.booking.BookingProblem;
import com.naversms.core.execution.CycleReport;
import com.naversms.core.plan.Plan;
import com.naversms.core.ports.BookingSource.StoreFetch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How one cycle ended.
 *
 * @param failure why the cycle stopped early (secrets, login, state store, a bug), else empty
 * @param plan empty when the cycle stopped before planning
 * @param differences unexpected differences found in comparison mode
 */
public record CycleResult(
    String requestId,
    Instant at,
    Optional<String> failure,
    int bookingsFetched,
    List<StoreFetch.Failed> storeFailures,
    List<BookingProblem> problems,
    Optional<Plan> plan,
    CycleReport report,
    int differences,
    Duration duration) {

  public CycleResult {
    storeFailures = List.copyOf(storeFailures);
    problems = List.copyOf(problems);
  }

  static CycleResult failed(String requestId, Instant at, String failure, Duration duration) {
    return new CycleResult(
        requestId,
        at,
        Optional.of(failure),
        0,
        List.of(),
        List.of(),
        Optional.empty(),
        CycleReport.empty(at),
        0,
        duration);
  }

  public boolean completed() {
    return failure.isEmpty();
  }

  /** 0 when everything went, 1 when the cycle failed, a store failed or a send failed. */
  public int exitCode() {
    boolean problem = failure.isPresent() || !storeFailures.isEmpty() || report.hasProblems();
    return problem ? 1 : 0;
  }
}
