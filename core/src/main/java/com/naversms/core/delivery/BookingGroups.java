package com.naversms.core.delivery;

import com.naversms.core.plan.PlannedAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's action positions split by booking: the actions of one booking (same {@code
 * booking_num}), in plan order, and the actions tied to no booking (digests), in plan order. Every
 * link between actions (a rule's flag and notifications following its SMS) is within one booking,
 * and every record and claim key belongs to one booking, so two groups never touch the same item.
 *
 * @param bookings one list of plan positions per booking, in order of first appearance
 * @param digests positions of the actions with an empty booking number
 */
record BookingGroups(List<List<Integer>> bookings, List<Integer> digests) {
  BookingGroups {
    bookings = bookings.stream().map(List::copyOf).toList();
    digests = List.copyOf(digests);
  }

  static BookingGroups of(List<PlannedAction> actions) {
    Map<String, List<Integer>> byBooking = new LinkedHashMap<>();
    List<Integer> digests = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      String booking = actions.get(i).bookingNum();
      if (booking == null || booking.isEmpty()) {
        digests.add(i);
      } else {
        byBooking.computeIfAbsent(booking, b -> new ArrayList<>()).add(i);
      }
    }
    return new BookingGroups(List.copyOf(byBooking.values()), digests);
  }
}
