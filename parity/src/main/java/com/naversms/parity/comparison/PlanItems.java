package com.naversms.parity.comparison;

import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.plan.PlannedAction.CreateDbRecord;
import com.naversms.core.plan.PlannedAction.SendSms;
import com.naversms.core.plan.PlannedAction.SendTelegram;
import com.naversms.core.plan.PlannedAction.UpdateFlag;
import com.naversms.core.state.StoredRecord;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a plan into the items comparison matches: SMS by booking + template, database operations by
 * booking + operation + flag, Telegram notices by booking + kind. Slack messages and log events are
 * not compared: the legacy system had neither.
 */
final class PlanItems {
  static final List<String> SMS_FIELDS = List.of("to", "from", "message_type", "text");
  static final List<String> RECORD_FIELDS =
      List.of(
          "booking_num",
          "phone",
          "name",
          "booking_time",
          "confirm_sms",
          "remind_sms",
          "option_sms",
          "option_time");
  private static final DateTimeFormatter BOOKING_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private PlanItems() {}

  static List<Comparable> of(Plan plan) {
    List<Comparable> out = new ArrayList<>();
    // the kind of a Telegram notice is the template of the SMS its rule last planned
    Map<String, String> lastSms = new HashMap<>();
    for (PlannedAction a : plan.actions()) {
      switch (a) {
        case SendSms s -> {
          String template = canonicalTemplate(s.template());
          lastSms.put(s.rule() + "|" + s.bookingNum(), template);
          out.add(
              new Comparable(
                  Category.SMS, s.bookingNum(), s.storeId(), template, sms(s), SMS_FIELDS));
        }
        case CreateDbRecord c -> {
          // ordered, so that compare --format json prints the same bytes on every run
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("operation", "create_db_record");
          fields.put("record", record(c.record()));
          out.add(
              new Comparable(
                  Category.DB,
                  c.bookingNum(),
                  c.storeId(),
                  "create_db_record",
                  fields,
                  List.of("record")));
        }
        case UpdateFlag f -> {
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("operation", "update_flag");
          fields.put("flag", f.flag());
          fields.put("value", f.value());
          out.add(
              new Comparable(
                  Category.DB,
                  f.bookingNum(),
                  f.storeId(),
                  "update_flag:" + f.flag(),
                  fields,
                  List.of("value")));
        }
        case SendTelegram t -> {
          String kind = lastSms.getOrDefault(t.rule() + "|" + t.bookingNum(), "message");
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("kind", kind);
          fields.put("text", t.text());
          out.add(
              new Comparable(
                  Category.TELEGRAM, t.bookingNum(), t.storeId(), kind, fields, List.of()));
        }
        case PlannedAction.UpdateRecord u -> {
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("operation", "update_record");
          fields.put("reason", u.reason());
          out.add(
              new Comparable(
                  Category.DB, u.bookingNum(), u.storeId(), "update_record", fields, List.of()));
        }
        case PlannedAction.SendSlack s -> {}
        case PlannedAction.LogEvent e -> {}
      }
    }
    return out;
  }

  /** {@code confirm}, {@code booking_confirm} and {@code confirmation} name one message. */
  static String canonicalTemplate(String template) {
    return switch (template) {
      case "confirm", "booking_confirm" -> "confirmation";
      default -> template;
    };
  }

  private static Map<String, Object> sms(SendSms s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("template", canonicalTemplate(s.template()));
    m.put("to", s.to());
    m.put("from", s.from());
    m.put("message_type", s.messageType().name());
    m.put("subject", s.subject());
    m.put("text", s.text());
    m.put("bytes", s.bytes());
    return m;
  }

  /**
   * The legacy attributes only: attributes either system adds are not compared (docs/design.md 5).
   */
  private static Map<String, Object> record(StoredRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("booking_num", r.key().bookingNum());
    m.put("phone", r.key().phone());
    m.put("name", r.name() == null ? "" : r.name());
    m.put("booking_time", r.bookingTime() == null ? "" : r.bookingTime().format(BOOKING_TIME));
    m.put("confirm_sms", r.confirmSms());
    m.put("remind_sms", r.remindSms());
    m.put("option_sms", r.optionSms());
    m.put("option_time", r.optionTime());
    return m;
  }
}
