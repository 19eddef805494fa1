package com.naversms.formats.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.plan.Retry;
import com.naversms.core.plan.Skip;
import com.naversms.core.plan.ValueChange;
import com.naversms.core.state.StoredRecord;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan output of {@code plan --format json} (docs/design.md 4): {@code at} (ISO instant on the
 * Korean offset), {@code actions} in execution order, {@code skipped} with {@code --explain} (and
 * {@code retries} when the retry pass planned any), and {@code problems}. Korean text is written as
 * UTF-8, not escaped.
 */
public final class PlanJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter RECORD_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private PlanJson() {}

  public static String toJson(Plan plan, boolean explain) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("at", at(plan));
    root.put("actions", actionsAsMaps(plan));
    if (explain) {
      root.put("skipped", plan.skipped().stream().map(PlanJson::skip).toList());
      if (!plan.retries().isEmpty()) {
        root.put("retries", plan.retries().stream().map(PlanJson::retry).toList());
      }
      if (!plan.valueChanges().isEmpty()) {
        root.put("values", plan.valueChanges().stream().map(PlanJson::valueChange).toList());
      }
    }
    root.put("problems", plan.problems().stream().map(PlanJson::problem).toList());
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("plan could not be written as JSON", e);
    }
  }

  private static Map<String, Object> valueChange(ValueChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", c.rule());
    m.put("booking_num", c.bookingNum());
    m.put("store_id", c.storeId());
    m.put("template", c.template());
    m.put("value", c.value());
    m.put("masked", c.masked());
    m.put("characters", c.characters());
    return m;
  }

  /** {@code 2026-11-27T12:10:00+09:00}. */
  public static String at(Plan plan) {
    return OffsetDateTime.ofInstant(plan.at(), Booking.SEOUL)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The actions exactly as they appear in the JSON output, for comparison and validation. */
  public static List<Map<String, Object>> actionsAsMaps(Plan plan) {
    return plan.actions().stream().map(PlanJson::action).toList();
  }

  public static Map<String, Object> action(PlannedAction action) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", action.rule());
    m.put("booking_num", action.bookingNum());
    m.put("store_id", action.storeId());
    m.put("type", action.type());
    switch (action) {
      case PlannedAction.SendSms a -> {
        m.put("template", a.template());
        m.put("to", a.to());
        m.put("from", a.from());
        m.put("message_type", a.messageType().name());
        if (a.advertising()) {
          m.put("content_type", "AD"); // only on advertising messages: COMM is SENS's default
        }
        m.put("subject", a.subject());
        m.put("text", a.text());
        m.put("bytes", a.bytes());
        m.put("flag", a.flag());
      }
      case PlannedAction.CreateDbRecord a -> m.put("record", record(a.record()));
      case PlannedAction.UpdateRecord a -> {
        if (a.update().bookingTime() != null) {
          m.put("booking_time", a.update().bookingTime().format(RECORD_TIME));
        }
        m.put("set_if_absent", a.update().setIfAbsent());
        m.put("reason", a.reason());
      }
      case PlannedAction.UpdateFlag a -> {
        m.put("flag", a.flag());
        m.put("value", a.value());
      }
      case PlannedAction.SendTelegram a -> m.put("text", a.text());
      case PlannedAction.SendSlack a -> {
        m.put("channel", a.channel());
        m.put("text", a.text());
      }
      case PlannedAction.LogEvent a -> {
        m.put("event_type", a.eventType());
        new TreeMap<>(a.fields()).forEach(m::putIfAbsent);
      }
    }
    return m;
  }

  /** The {@code sms} item as it will be written: legacy attributes first, then extras by name. */
  public static Map<String, Object> record(StoredRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("booking_num", r.key().bookingNum());
    m.put("phone", r.key().phone());
    m.put("name", r.name());
    m.put("booking_time", r.bookingTime() == null ? "" : r.bookingTime().format(RECORD_TIME));
    m.put("confirm_sms", r.confirmSms());
    m.put("remind_sms", r.remindSms());
    m.put("option_sms", r.optionSms());
    m.put("option_time", r.optionTime());
    new TreeMap<>(r.extra()).forEach(m::putIfAbsent);
    return m;
  }

  private static Map<String, Object> skip(Skip s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", s.rule());
    m.put("booking_num", s.bookingNum());
    m.put("store_id", s.storeId());
    m.put("condition", s.condition());
    m.put("reason", s.reason());
    return m;
  }

  private static Map<String, Object> retry(Retry r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", r.rule());
    m.put("booking_num", r.bookingNum());
    m.put("store_id", r.storeId());
    m.put("flag", r.flag());
    m.put("template", r.template());
    m.put("failed_attempts", r.failedAttempts());
    m.put("reason", r.reason());
    return m;
  }

  private static Map<String, Object> problem(BookingProblem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", p.source());
    m.put("booking_id", p.bookingId());
    m.put("field", p.field());
    m.put("reason", p.reason());
    return m;
  }
}
