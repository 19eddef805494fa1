package com.naversms.adapters.naver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.booking.MobileNumber;
import com.naversms.core.booking.Phone;
import com.naversms.core.input.JsonDocuments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Maps one partner-API booking object; problems name the booking (or its index) and field. */
final class BookingElement {
  private final JsonNode node;
  private final JsonNode snapshot;
  private final SharedValues values;
  private final List<String[]> bad = new ArrayList<>();

  private BookingElement(JsonNode node, SharedValues values) {
    this.node = node;
    this.snapshot = node.path("snapshotJson");
    this.values = values;
  }

  static void read(
      JsonNode node,
      String source,
      int index,
      SharedValues values,
      List<Booking> out,
      List<BookingProblem> problems) {
    if (node == null || !node.isObject()) {
      problems.add(
          new BookingProblem(source, JsonDocuments.positional(index), "", "not a JSON object"));
      return;
    }
    BookingElement e = new BookingElement(node, values);
    Booking booking = e.toBooking();
    if (e.bad.isEmpty()) {
      out.add(booking);
      return;
    }
    String id = JsonFields.integral(node.get("bookingId")).map(String::valueOf).orElse(null);
    for (String[] b : e.bad) {
      problems.add(
          new BookingProblem(
              source, id == null ? JsonDocuments.positional(index) : id, b[0], b[1]));
    }
  }

  private Booking toBooking() {
    long bookingId = bookingId();
    String storeId = storeId();
    String phone = phone();
    Instant start = start();
    if (!bad.isEmpty()) {
      return null;
    }
    return new Booking(
        bookingId,
        storeId,
        JsonFields.text(node, snapshot, "name").orElse(""),
        phone,
        values.of(JsonFields.text(node, null, "bookingStatusCode").orElse(null)),
        values.of(start),
        values.of(JsonFields.instant(snapshot.get("endDateTime")).orElse(null)),
        BookingParts.options(snapshot, node, values),
        BookingParts.formAnswers(snapshot, node, values),
        BookingParts.coupons(snapshot, node, values),
        BookingParts.prices(node, snapshot, values),
        JsonFields.text(node, snapshot, "email").orElse(null),
        values.dateTime(JsonFields.offsetDateTime(node.get("regDateTime")).orElse(null)),
        values.dateTime(JsonFields.offsetDateTime(node.get("confirmedDateTime")).orElse(null)),
        raw());
  }

  /**
   * {@link #kept} as plain values in an immutable map: ~90 bytes a booking where the two linked
   * hash maps of a converted tree took ~450 (issue 19 item 4). The phone text of the snapshot is
   * the top-level one's instance when they are equal. Any value other than a string (a JSON null, a
   * number) goes the general way, as before.
   */
  private Map<String, Object> raw() {
    JsonNode phone = node.get("phone");
    JsonNode item = node.get("bizItemName");
    JsonNode snapPhone = snapshot.isObject() ? snapshot.get("phone") : null;
    if (!textOrAbsent(phone) || !textOrAbsent(item) || !textOrAbsent(snapPhone)) {
      return JsonDocuments.plainMap(kept());
    }
    String phoneText = phone == null ? null : phone.asText();
    List<Map.Entry<String, Object>> entries = new ArrayList<>(3);
    if (phone != null) {
      entries.add(Map.entry("phone", phoneText));
    }
    if (item != null) {
      entries.add(Map.entry("bizItemName", values.of(item.asText())));
    }
    if (snapshot.isObject()) {
      String snap = snapPhone == null ? null : snapPhone.asText();
      entries.add(
          Map.entry(
              "snapshotJson",
              snap == null
                  ? Map.of()
                  : Map.of("phone", snap.equals(phoneText) ? phoneText : snap)));
    }
    @SuppressWarnings("unchecked") // an array of the entries just made
    Map.Entry<String, Object>[] all = entries.toArray(Map.Entry[]::new);
    return Map.ofEntries(all);
  }

  private static boolean textOrAbsent(JsonNode n) {
    return n == null || n.isTextual();
  }

  /**
   * The booking's raw values the product reads: the phone text as Naver gave it, at the top and in
   * {@code snapshotJson} ({@code RecordKeys}), and {@code bizItemName} ({@code
   * Booking.bizItemName}). Not the whole object: every legacy field of every booking as plain maps
   * was ~100 MB of the 127 MB a cycle held at 20 stores × 625 bookings (issue 19,
   * docs/performance.md).
   */
  private ObjectNode kept() {
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    for (String field : List.of("phone", "bizItemName")) {
      if (node.has(field)) {
        kept.set(field, node.get(field));
      }
    }
    if (snapshot.isObject()) {
      ObjectNode snap = kept.putObject("snapshotJson");
      if (snapshot.has("phone")) {
        snap.set("phone", snapshot.get("phone"));
      }
    }
    return kept;
  }

  private long bookingId() {
    JsonNode id = node.get("bookingId");
    if (JsonFields.isAbsent(id)) {
      bad.add(new String[] {"bookingId", "missing"});
      return 0;
    }
    return JsonFields.integral(id)
        .orElseGet(() -> {
          bad.add(new String[] {"bookingId", "expected an integer, got " + id});
          return 0L;
        });
  }

  private String storeId() {
    JsonNode id = node.get("businessId");
    String field = "businessId";
    if (JsonFields.isAbsent(id)) {
      id = snapshot.get("businessId");
      field = "snapshotJson.businessId";
    }
    if (JsonFields.isAbsent(id)) {
      bad.add(new String[] {"businessId", "missing (also in snapshotJson)"});
      return null;
    }
    if (id.isIntegralNumber() || (id.isTextual() && id.asText().strip().matches("[0-9]+"))) {
      return values.of(id.asText().strip());
    }
    bad.add(new String[] {field, "expected a numeric store id, got " + id});
    return null;
  }

  /**
   * The top-level {@code phone} (else {@code snapshotJson.phone}) as a Korean mobile number in
   * digits; anything else is a problem whose reason holds only the masked value (issue 12.3).
   */
  private String phone() {
    JsonNode p = node.get("phone");
    if (JsonFields.isAbsent(p) || p.asText().isBlank()) {
      p = snapshot.get("phone");
    }
    if (JsonFields.isAbsent(p) || p.asText().isBlank()) {
      bad.add(new String[] {"phone", "missing"});
      return null;
    }
    if (!p.isTextual()) {
      bad.add(
          new String[] {
            "phone",
            "expected a phone number string, got a JSON "
                + p.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + " ("
                + Phone.masked(p.asText())
                + ")"
          });
      return null;
    }
    return switch (MobileNumber.read(p.asText())) {
      case MobileNumber.Valid v -> v.digits();
      case MobileNumber.Invalid i -> {
        bad.add(new String[] {"phone", i.reason()});
        yield null;
      }
    };
  }

  private Instant start() {
    JsonNode s = snapshot.get("startDateTime");
    if (JsonFields.isAbsent(s)) {
      bad.add(new String[] {"snapshotJson.startDateTime", "missing"});
      return null;
    }
    return JsonFields.instant(s)
        .orElseGet(() -> {
          bad.add(
              new String[] {
                "snapshotJson.startDateTime",
                "expected an ISO-8601 date-time with offset (2026-11-27T05:00:00Z), got " + s
              });
          return null;
        });
  }
}
