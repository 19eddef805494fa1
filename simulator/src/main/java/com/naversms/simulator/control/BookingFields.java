package com.naversms.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.naver.BookingChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The booking fields of {@code POST /_sim/bookings} and {@code POST /_sim/bookings/{id}}. */
final class BookingFields {
  static final Set<String> EDITABLE =
      Set.of("name", "phone", "start", "minutes", "status", "options");
  private static final Set<String> ADDABLE =
      Set.of("store", "name", "phone", "start", "minutes", "status", "options");

  private BookingFields() {}

  /** A new booking: {@code store}, {@code name}, {@code phone} and {@code start} are required. */
  static BookingChange forNew(Body body) {
    body.only(ADDABLE);
    for (String required : List.of("name", "phone", "start")) {
      if (!body.has(required)) {
        throw new BadField(required, "required");
      }
    }
    return change(body);
  }

  /** A change: at least one field. */
  static BookingChange forEdit(Body body) {
    body.only(EDITABLE);
    if (EDITABLE.stream().noneMatch(body::has)) {
      throw new BadField("body", "give at least one of " + new java.util.TreeSet<>(EDITABLE));
    }
    return change(body);
  }

  private static BookingChange change(Body body) {
    return new BookingChange(
        body.text("name"),
        phone(body),
        body.dateTime("start"),
        body.integer("minutes", 1, 24 * 60),
        status(body),
        options(body));
  }

  /**
   * Any non-blank text, served as it is: the partner API is not known to check phones, and tests
   * need what a customer might have typed ({@code +82 10-…}, two numbers on two lines, letters).
   */
  private static Optional<String> phone(Body body) {
    Optional<String> phone = body.text("phone");
    phone.ifPresent(p -> {
      if (p.isBlank()) {
        throw new BadField("phone", "expected a phone number (e.g. 01000000001), got \"\"");
      }
    });
    return phone;
  }

  private static Optional<String> status(Body body) {
    Optional<String> status = body.text("status");
    status.ifPresent(s -> {
      if (!s.matches("RC0[1-9]")) {
        throw new BadField(
            "status",
            "expected a booking status code RC01..RC09 (RC03 confirmed, RC04 cancelled, RC08"
                + " completed), got \""
                + s
                + "\"");
      }
    });
    return status;
  }

  private static Optional<List<BookingChange.Option>> options(Body body) {
    Optional<JsonNode> node = body.node("options");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!node.get().isArray()) {
      throw new BadField("options", "expected a list of {\"name\", \"count\"}");
    }
    List<BookingChange.Option> options = new ArrayList<>();
    for (int i = 0; i < node.get().size(); i++) {
      JsonNode item = node.get().get(i);
      String where = "options[" + i + "]";
      if (!item.isObject()) {
        throw new BadField(where, "expected an object {\"name\", \"count\"}");
      }
      try {
        Body option = Body.of(item.toString()).only(Set.of("name", "count", "price"));
        String name = option.requiredText("name");
        int count = option.integer("count", 1, 100).orElse(1);
        int price = option.integer("price", 0, 10_000_000).orElse(0);
        options.add(new BookingChange.Option(name, count, price));
      } catch (BadField e) {
        throw new BadField(
            where + "." + e.field(), e.getMessage().substring(e.field().length() + 2));
      }
    }
    return Optional.of(options);
  }
}
