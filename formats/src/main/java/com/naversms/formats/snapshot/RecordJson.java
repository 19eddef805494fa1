package com.naversms.formats.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.input.JsonDocuments;
import com.naversms.core.state.Flags;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StoredRecord;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads stored records in the legacy {@code sms} item shape: a JSON array of items (plain JSON or
 * DynamoDB-JSON with {@code {"S": ...}} typed values, or a scan output with {@code Items}). Missing
 * flags read as false. An item without {@code booking_num} or {@code phone} is skipped and
 * reported; a bad {@code booking_time} or flag is reported but the record is kept, so its flags
 * still stop a second send.
 */
public final class RecordJson {
  private static final Set<String> KNOWN =
      Set.of(
          "booking_num",
          "phone",
          "name",
          "booking_time",
          "option_time",
          Flags.CONFIRM,
          Flags.REMIND,
          Flags.OPTION);
  private static final DateTimeFormatter BOOKING_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

  private RecordJson() {}

  public static RecordRead read(String json, String sourceName) {
    JsonNode array = JsonDocuments.array(json, sourceName, true);
    List<StoredRecord> records = new ArrayList<>();
    List<BookingProblem> problems = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (!item.isObject()) {
        problems.add(
            new BookingProblem(sourceName, JsonDocuments.positional(i), "", "not a JSON object"));
        continue;
      }
      Map<String, Object> plain = DynamoJson.unwrapItem(item);
      int before = problems.size();
      readItem(plain, sourceName, i, records, problems);
      for (int k = before; k < problems.size(); k++) {
        problems.set(k, problems.get(k).at(i));
      }
    }
    return new RecordRead(records, problems);
  }

  public static RecordRead readFile(Path file) {
    return read(JsonDocuments.readText(file), file.toString());
  }

  private static void readItem(
      Map<String, Object> item,
      String source,
      int index,
      List<StoredRecord> out,
      List<BookingProblem> problems) {
    String bookingNum = text(item.get("booking_num"));
    String phone = text(item.get("phone"));
    String id = bookingNum.isEmpty() ? JsonDocuments.positional(index) : bookingNum;
    if (bookingNum.isEmpty() || phone.isEmpty()) {
      String field = bookingNum.isEmpty() ? "booking_num" : "phone";
      problems.add(new BookingProblem(source, id, field, "missing"));
      return;
    }
    LocalDateTime time = null;
    String rawTime = text(item.get("booking_time"));
    try {
      time =
          rawTime.isEmpty() ? null : LocalDateTime.parse(rawTime.replace('T', ' '), BOOKING_TIME);
    } catch (DateTimeParseException e) {
      problems.add(
          new BookingProblem(
              source,
              id,
              "booking_time",
              "expected \"YYYY-MM-DD HH:MM:SS\", got \"" + rawTime + "\""));
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    item.forEach((k, v) -> {
      if (!KNOWN.contains(k) && v != null) {
        extra.put(k, v);
      }
    });
    out.add(
        new StoredRecord(
            new RecordKey(bookingNum, storedPhone(phone)),
            text(item.get("name")),
            time,
            flag(item, Flags.CONFIRM, source, id, problems),
            flag(item, Flags.REMIND, source, id, problems),
            flag(item, Flags.OPTION, source, id, problems),
            text(item.get("option_time")),
            extra));
  }

  /**
   * The phone as stored when it is a form a Python system wrote ({@link RecordKeys}), so the
   * planner finds the record as the live cycle finds the item; bare digits no system wrote (an
   * {@code 010} number typed by hand into a snapshot) read as the legacy form.
   */
  private static String storedPhone(String phone) {
    return phone.contains("-") || RecordKeys.phoneForms(phone).contains(phone)
        ? phone
        : RecordKeys.legacyPhone(phone);
  }

  private static boolean flag(
      Map<String, Object> item,
      String name,
      String source,
      String id,
      List<BookingProblem> problems) {
    Object v = item.get(name);
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if ("true".equalsIgnoreCase(v.toString()) || "false".equalsIgnoreCase(v.toString())) {
      return Boolean.parseBoolean(v.toString());
    }
    problems.add(new BookingProblem(source, id, name, "expected true or false, got " + v));
    return false;
  }

  private static String text(Object v) {
    return v == null ? "" : v.toString().strip();
  }
}
