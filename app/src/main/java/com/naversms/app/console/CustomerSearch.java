package com.naversms.app.console;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Phone;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 고객 search: the last four digits, a whole number, or a name. Numbers are looked up in the message
 * ledger; a name in the bookings the live preview fetched (today and the cycle's fetch window), and
 * then their numbers in the ledger. One customer per number, with their bookings and every message.
 */
final class CustomerSearch {
  /** One number's bookings (those the preview saw) and every message to it, newest first. */
  record Customer(String phone, String name, List<Booking> bookings, List<LedgerEntry> messages) {}

  private CustomerSearch() {}

  static List<Customer> find(String query, MessageLedger ledger, List<Booking> seen) {
    String q = query.strip();
    String digits = q.replaceAll("\\D", "");
    Map<String, List<LedgerEntry>> byPhone = new LinkedHashMap<>();
    if (!digits.isEmpty() && q.replaceAll("[\\d\\s-]", "").isEmpty()) {
      if (digits.length() != 4 && digits.length() < 8) {
        return List.of();
      }
      for (LedgerEntry e : ledger.find(LedgerQuery.all().withPhone(digits))) {
        byPhone.computeIfAbsent(e.message().phone(), k -> new ArrayList<>()).add(e);
      }
      for (Booking b : seen) {
        String phone = Phone.digits(b.phone());
        boolean match = digits.length() == 4 ? phone.endsWith(digits) : phone.equals(digits);
        if (match) {
          byPhone.computeIfAbsent(phone, k -> new ArrayList<>());
        }
      }
    } else if (!q.isEmpty()) {
      String needle = q.toLowerCase(Locale.ROOT);
      for (Booking b : seen) {
        if (b.name() != null && b.name().toLowerCase(Locale.ROOT).contains(needle)) {
          String phone = Phone.digits(b.phone());
          byPhone.computeIfAbsent(
              phone, p -> new ArrayList<>(ledger.find(LedgerQuery.all().withPhone(p))));
        }
      }
    }
    List<Customer> out = new ArrayList<>();
    byPhone.forEach((phone, messages) -> {
      List<Booking> bookings =
          seen.stream().filter(b -> Phone.digits(b.phone()).equals(phone)).toList();
      String name = bookings.isEmpty() ? "" : bookings.getFirst().name();
      out.add(
          new Customer(
              phone,
              name,
              bookings,
              messages.stream().sorted(MessageLedger.NEWEST_FIRST).toList()));
    });
    return out;
  }
}
