package com.naversms.formats.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.naversms.core.booking.Booking;
import com.naversms.core.state.StoredRecord;
import com.naversms.formats.plan.PlanJson;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a snapshot in the two formats {@link Snapshot#read} reads ({@code snapshot export}): the
 * bookings as partner-API objects ({@link PartnerJson}: what the product read of each), and the
 * records as legacy {@code sms} items (the shape of {@link PlanJson#record}), so {@code plan
 * --bookings --records} replays what a live cycle saw.
 */
public final class SnapshotJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SnapshotJson() {}

  /** A JSON array of the bookings' partner-API objects, in the order given. */
  public static String bookings(List<Booking> bookings) {
    return write(PartnerJson.objects(bookings));
  }

  /** The same for objects already in that shape (pseudonymised copies). */
  public static String bookingObjects(List<Map<String, Object>> objects) {
    return write(objects);
  }

  /** A JSON array of legacy {@code sms} items, in the order given. */
  public static String records(Collection<StoredRecord> records) {
    return write(records.stream().map(PlanJson::record).toList());
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("snapshot could not be written as JSON", e);
    }
  }
}
