package com.naversms.parity.validation;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One golden scenario: bookings as the partner API returns them, stored records in the legacy
 * shape, the instant, and what must come out.
 *
 * @param inputProblems bookings or records of the file that could not be read
 * @param expectedActions the plan's actions in order, each with only the fields that matter
 * @param exhaustive when true, an action the plan has beyond the expected ones fails the scenario
 * @param expectedProblems how many booking problems the plan must report, or null (not checked)
 * @param expectedFetch the fetch requests of the cycle ({@code store_id}, {@code status}, {@code
 *     from}, {@code to}; given fields only), or null (not checked)
 * @param expectedIntended the intended-difference ids the comparison with the legacy baseline must
 *     find, or null (not checked)
 * @param expectedCounts how many actions of each type the plan must hold (type → count; types not
 *     named are not counted)
 */
public record Scenario(
    String name,
    String file,
    String description,
    List<String> covers,
    Instant at,
    List<Booking> bookings,
    List<BookingProblem> inputProblems,
    List<StoredRecord> records,
    List<Map<String, Object>> expectedActions,
    boolean exhaustive,
    Integer expectedProblems,
    List<Map<String, Object>> expectedFetch,
    List<String> expectedIntended,
    Map<String, Integer> expectedCounts) {
  public Scenario {
    covers = List.copyOf(covers);
    bookings = List.copyOf(bookings);
    inputProblems = List.copyOf(inputProblems);
    records = List.copyOf(records);
    expectedActions = List.copyOf(expectedActions);
    expectedFetch = expectedFetch == null ? null : List.copyOf(expectedFetch);
    expectedIntended = expectedIntended == null ? null : List.copyOf(expectedIntended);
    expectedCounts = expectedCounts == null ? Map.of() : Map.copyOf(expectedCounts);
  }
}
