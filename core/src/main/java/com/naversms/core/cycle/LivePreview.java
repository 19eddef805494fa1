package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.booking.Stores;
import com.naversms.core.cycle.BookingSource.StoreFetch;
import com.naversms.core.observability.EventLog;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The first half of a cycle, read only: open the Naver session as the cycle does (signing in only
 * when the parts allow it), fetch the stores' bookings with the cycle's windows at {@code at}, read
 * their records and plan at {@code at} with every skip and its reason. Sends nothing and writes
 * nothing: what {@code explain --booking} and {@code snapshot export} show (docs/design.md 4).
 */
public final class LivePreview {
  private final Configuration config;
  private final CycleParts.Factory parts;
  private final StateStore state;
  private final EventLog log;
  private final Clock clock;

  public LivePreview(
      Configuration config, CycleParts.Factory parts, StateStore state, EventLog log, Clock clock) {
    this.config = config;
    this.parts = parts;
    this.state = state;
    this.log = log;
    this.clock = clock;
  }

  /** How a preview ended. */
  public sealed interface Outcome {
    /**
     * @param failures the stores that could not be fetched (their bookings are missing)
     * @param problems bookings that could not be read, then the planner's
     */
    record Previewed(
        List<Booking> bookings,
        Map<RecordKey, StoredRecord> records,
        Plan plan,
        List<StoreFetch.Failed> failures,
        List<BookingProblem> problems)
        implements Outcome {
      public Previewed {
        bookings = List.copyOf(bookings);
        records = Map.copyOf(records);
        failures = List.copyOf(failures);
        problems = List.copyOf(problems);
      }
    }

    /**
     * Nothing fetched. {@code noSession}: the stored session does not work and signing in is not
     * allowed (bad input for the command, exit 2); otherwise the secrets or the sign-in failed.
     */
    record Stopped(String reason, boolean noSession) implements Outcome {}
  }

  /**
   * @param stores which configured stores to fetch (by id)
   */
  public Outcome preview(String requestId, Instant at, Predicate<String> stores) {
    EventLog cycleLog = new RequestLog(log, requestId);
    CycleParts connected;
    try {
      connected = parts.build(cycleLog);
    } catch (SecretsException e) {
      return new Outcome.Stopped("credentials could not be read: " + e.getMessage(), false);
    }
    BookingSource source;
    switch (connected.naver().open()) {
      case NaverAccess.Access.Opened o -> source = o.bookings();
      case NaverAccess.Access.NoSession n -> {
        return new Outcome.Stopped(
            n.reason()
                + "; this command signs in to nothing: sign in first (naver-sms login), or pass"
                + " --login",
            true);
      }
      case NaverAccess.Access.LoginFailed f -> {
        return new Outcome.Stopped("Naver login failed: " + f.reason(), false);
      }
    }
    Stores chosen =
        new Stores(
            config.stores().defaultFrom(),
            config.stores().all().stream().filter(s -> stores.test(s.id())).toList());
    Fetching.Fetched fetched =
        new Fetching(state, new StepLog(cycleLog), clock).fetch(source, chosen, at);
    if (source instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // nothing is fetched with it any more; a failed close loses nothing
      }
    }
    Map<RecordKey, StoredRecord> records = state.read(RecordKeys.toRead(fetched.bookings()));
    Plan plan = Planner.plan(fetched.bookings(), records, at, config);
    List<BookingProblem> problems = new ArrayList<>(fetched.problems());
    problems.addAll(plan.problems());
    return new Outcome.Previewed(fetched.bookings(), records, plan, fetched.failures(), problems);
  }
}
