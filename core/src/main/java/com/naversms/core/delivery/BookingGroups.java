package com.naversms.core.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's step positions split by booking: the steps of one booking's deliveries (every rule's),
 * in plan order, and the steps of the deliveries tied to no booking (digests), in plan order. A
 * delivery's steps depend only on each other (a flag its message carries, the notices that wait for
 * it), and every record and claim key belongs to one booking, so two groups never touch the same
 * item.
 *
 * @param bookings one list of plan positions per booking, in order of first appearance
 * @param digests positions of the steps of deliveries without a booking
 */
record BookingGroups(List<List<Integer>> bookings, List<Integer> digests) {
  BookingGroups {
    bookings = bookings.stream().map(List::copyOf).toList();
    digests = List.copyOf(digests);
  }

  static BookingGroups of(PlanSteps steps) {
    Map<String, List<Integer>> byBooking = new LinkedHashMap<>();
    List<Integer> digests = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      var delivery = steps.delivery(i);
      if (!delivery.forBooking()) {
        digests.add(i);
      } else {
        byBooking.computeIfAbsent(delivery.bookingNum(), b -> new ArrayList<>()).add(i);
      }
    }
    return new BookingGroups(List.copyOf(byBooking.values()), digests);
  }
}
