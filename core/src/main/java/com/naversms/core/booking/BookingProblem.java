package com.naversms.core.booking;

/**
 * A booking that could not be read: which one (id when known, else its position), which field, and
 * why. The booking is skipped; the others are still planned.
 */
public record BookingProblem(String source, String bookingId, String field, String reason) {
  @Override
  public String toString() {
    return source + ": booking " + bookingId + ": field '" + field + "': " + reason;
  }
}
