package com.naversms.adapters.naver;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.input.ConfigException;
import com.naversms.core.input.JsonDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads bookings exactly as the partner API's list endpoint returns them (a JSON array of booking
 * objects). A booking that lacks a field the rules need, or has an unparsable one, becomes a {@link
 * BookingProblem} and is skipped; the others are kept. A document that is not a JSON array throws
 * {@link ConfigException} naming the source.
 */
public final class BookingJson {
  private BookingJson() {}

  public static BookingRead read(String json, String sourceName) {
    return read(json, sourceName, new SharedValues());
  }

  /** As {@link #read(String, String)}; repeated values share one instance across {@code values}. */
  static BookingRead read(String json, String sourceName, SharedValues values) {
    JsonNode array = JsonDocuments.array(json, sourceName, false);
    List<Booking> bookings = new ArrayList<>();
    List<BookingProblem> problems = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      int before = problems.size();
      BookingElement.read(array.get(i), sourceName, i, values, bookings, problems);
      for (int k = before; k < problems.size(); k++) {
        problems.set(k, problems.get(k).at(i));
      }
    }
    return new BookingRead(bookings, problems);
  }

  /** Same as {@link #read}. */
  public static BookingRead readArray(String json, String sourceName) {
    return read(json, sourceName);
  }

  public static BookingRead readFile(Path file) {
    return read(JsonDocuments.readText(file), file.toString());
  }

  /**
   * One element of the list endpoint's array, already parsed into plain maps and lists (as any JSON
   * library gives it). {@code index} is its position, used when its id is missing.
   */
  public static BookingRead readOne(Map<String, ?> element, String sourceName, int index) {
    List<Booking> bookings = new ArrayList<>();
    List<BookingProblem> problems = new ArrayList<>();
    BookingElement.read(
        JsonDocuments.tree(element), sourceName, index, new SharedValues(), bookings, problems);
    return new BookingRead(bookings, problems);
  }
}
