package com.naversms.core.booking;

/**
 * A booking that could not be read: which one (id when known, else its position), which field, and
 * why. The booking is skipped; the others are still planned. {@code index} is the booking's (or
 * record's) position in the file it came from, -1 when it did not come from a file's array.
 */
public record BookingProblem(
    String source, String bookingId, String field, String reason, int index) {
  public BookingProblem(String source, String bookingId, String field, String reason) {
    this(source, bookingId, field, reason, -1);
  }

  /** The same problem, found in the element at {@code index} of its file's array. */
  public BookingProblem at(int index) {
    return new BookingProblem(source, bookingId, field, reason, index);
  }

  @Override
  public String toString() {
    String where =
        index < 0 || bookingId.equals("at index " + index) ? "" : " (at index " + index + ")";
    return source + ": booking " + bookingId + where + ": field '" + field + "': " + reason;
  }
}
