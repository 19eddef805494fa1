package com.naversms.core.fakes;

import com.naversms.core.booking.Booking;
import com.naversms.core.cycle.BookingSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link BookingSource} over a fixed list: each request gets the bookings of its store and status
 * whose start lies in its window; stores listed as failing answer {@link StoreFetch.Failed}.
 */
public final class FixedBookingSource implements BookingSource {
  private final List<Booking> bookings;
  private final Set<String> failingStores = new HashSet<>();
  private final List<FetchRequest> requests = new ArrayList<>();

  public FixedBookingSource(List<Booking> bookings) {
    this.bookings = List.copyOf(bookings);
  }

  public FixedBookingSource failing(String storeId) {
    failingStores.add(storeId);
    return this;
  }

  public synchronized List<FetchRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public synchronized List<StoreFetch> fetchAll(List<FetchRequest> reqs) {
    requests.addAll(reqs);
    List<StoreFetch> out = new ArrayList<>();
    for (FetchRequest r : reqs) {
      if (failingStores.contains(r.storeId())) {
        out.add(new StoreFetch.Failed(r, "HttpError", "HTTP 500 from the partner API"));
        continue;
      }
      List<Booking> matching =
          bookings.stream()
              .filter(b -> b.storeId().equals(r.storeId()))
              .filter(b -> r.statusCode().equals(b.statusCode()))
              .filter(b -> !b.start().isBefore(r.from()) && !b.start().isAfter(r.to()))
              .toList();
      out.add(new StoreFetch.Fetched(r, matching, List.of()));
    }
    return out;
  }
}
