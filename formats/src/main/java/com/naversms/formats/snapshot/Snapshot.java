package com.naversms.formats.snapshot;

import com.naversms.adapters.naver.BookingJson;
import com.naversms.adapters.naver.BookingRead;
import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.input.ConfigError;
import com.naversms.core.input.ConfigException;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshot {@code plan} and {@code compare} work on (docs/design.md 4): bookings as the partner
 * API lists them, stored records in the legacy item shape, and the instant. Bookings and records
 * that cannot be read are {@code problems}; a file that cannot be read at all, or a bad {@code
 * --at}, is {@link Read.Bad}.
 */
public record Snapshot(
    List<Booking> bookings,
    Map<RecordKey, StoredRecord> records,
    Instant at,
    List<BookingProblem> problems) {

  public sealed interface Read {
    record Ok(Snapshot snapshot) implements Read {}

    /** Bad input: each message names the file or option and what is wrong. */
    record Bad(List<String> messages) implements Read {}
  }

  public static Read read(Path bookingsFile, Path recordsFile, String at) {
    List<String> bad = new ArrayList<>();
    Instant instant = parseAt(at, bad);
    BookingRead bookings = readBookings(bookingsFile, bad);
    RecordRead records = recordsFile == null ? null : readRecords(recordsFile, bad);
    if (!bad.isEmpty()) {
      return new Read.Bad(bad);
    }
    List<BookingProblem> problems = new ArrayList<>(bookings.problems());
    Map<RecordKey, StoredRecord> byKey = new LinkedHashMap<>();
    if (records != null) {
      problems.addAll(records.problems());
      for (StoredRecord r : records.records()) {
        if (byKey.putIfAbsent(r.key(), r) != null) {
          problems.add(
              new BookingProblem(
                  recordsFile.toString(),
                  r.key().bookingNum(),
                  "phone",
                  "duplicate record " + r.key().phone() + "; the first one is used"));
        }
      }
    }
    return new Read.Ok(new Snapshot(bookings.bookings(), byKey, instant, problems));
  }

  /** {@code 2026-11-27T12:10:00+09:00} (or {@code ...Z}). */
  public static Instant parseAt(String at, List<String> bad) {
    try {
      return OffsetDateTime.parse(at).toInstant();
    } catch (DateTimeParseException e) {
      bad.add(
          "--at: '"
              + at
              + "' is not an ISO-8601 instant with offset,"
              + " e.g. 2026-11-27T12:10:00+09:00");
      return null;
    }
  }

  private static BookingRead readBookings(Path file, List<String> bad) {
    if (!Files.isRegularFile(file)) {
      bad.add("--bookings: " + file + ": no such file");
      return new BookingRead(List.of(), List.of());
    }
    try {
      return BookingJson.readFile(file);
    } catch (ConfigException e) {
      e.errors().stream().map(ConfigError::toString).forEach(bad::add);
    } catch (UncheckedIOException e) {
      bad.add(file + ": cannot be read: " + e.getCause().getMessage());
    }
    return new BookingRead(List.of(), List.of());
  }

  private static RecordRead readRecords(Path file, List<String> bad) {
    if (!Files.isRegularFile(file)) {
      bad.add("--records: " + file + ": no such file");
      return null;
    }
    try {
      return RecordJson.readFile(file);
    } catch (ConfigException e) {
      e.errors().stream().map(ConfigError::toString).forEach(bad::add);
    } catch (UncheckedIOException e) {
      bad.add(file + ": cannot be read: " + e.getCause().getMessage());
    }
    return null;
  }
}
