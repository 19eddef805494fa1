package com.naversms.formats.snapshot;

import com.naversms.core.booking.BookingProblem;
import com.naversms.core.state.StoredRecord;
import java.util.List;

/**
 * The stored records read from a document and the problems found. A problem's {@code bookingId} is
 * the record's {@code booking_num} (or its position when that is missing).
 */
public record RecordRead(List<StoredRecord> records, List<BookingProblem> problems) {
  public RecordRead {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }
}
