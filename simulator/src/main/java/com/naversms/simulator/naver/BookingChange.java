package com.naversms.simulator.naver;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Fields of a booking to set (the control API's {@code POST /_sim/bookings} and {@code
 * /_sim/bookings/{id}}); an empty field keeps the booking's value.
 *
 * @param minutes the slot's length; the end moves with the start when only the start changes
 * @param status a booking status code such as RC03 (confirmed), RC04 (cancelled), RC08 (completed)
 */
public record BookingChange(
    Optional<String> name,
    Optional<String> phone,
    Optional<OffsetDateTime> start,
    Optional<Integer> minutes,
    Optional<String> status,
    Optional<List<Option>> options) {

  /** One picked option: its name and how many. */
  public record Option(String name, int count, int price) {}

  public static BookingChange none() {
    return new BookingChange(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
