package com.naversms.adapters.naver;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import java.util.List;

/** The bookings read from a document, and one problem per booking that was skipped. */
public record BookingRead(List<Booking> bookings, List<BookingProblem> problems) {
  public BookingRead {
    bookings = List.copyOf(bookings);
    problems = List.copyOf(problems);
  }
}
