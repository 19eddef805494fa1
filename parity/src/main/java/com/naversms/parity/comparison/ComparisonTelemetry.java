package com.naversms.parity.comparison;

import com.naversms.core.booking.PersonName;
import com.naversms.core.booking.Phone;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;
import com.naversms.core.observability.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Logs and counts a comparison (docs/design.md 7): one event per compared item ({@code
 * sms_comparison}, {@code db_operation_comparison}, {@code telegram_comparison}), one {@code
 * comparison_summary}, and the comparison metrics. Both sides are logged without personal data:
 * phones masked, names masked, message texts as length and digest (a text may hold the customer's
 * name).
 */
public final class ComparisonTelemetry {
  public static final String MODE = "comparison";

  private ComparisonTelemetry() {}

  public static void emit(
      ComparisonReport report, EventLog log, Metrics metrics, String requestId) {
    for (ComparedItem item : report.items()) {
      log.write(itemEvent(item, requestId));
    }
    log.write(summaryEvent(report, requestId));
    metrics.add(MetricName.COMPARISON_RUN, 1);
    for (Category c : Category.values()) {
      metrics.add(c.mismatchMetric(), report.unexpected(c));
    }
    metrics.add(MetricName.COMPARISON_MATCH_PERCENTAGE, report.matchPercentage());
    metrics.add(MetricName.DISCREPANCIES_DETECTED, report.unexpected());
  }

  static LogEvent itemEvent(ComparedItem item, String requestId) {
    Map<LogField, Object> f = common(requestId);
    f.put(LogField.EVENT_TYPE, item.category().eventType());
    f.put(LogField.STATUS, item.unexpected() ? Status.FAILURE.value() : Status.SUCCESS.value());
    // booking_id means the Naver booking id in every event (the executor's too); store_id is apart.
    f.put(LogField.BOOKING_ID, bookingIdOf(item.bookingNum()));
    f.put(LogField.STORE_ID, item.storeId());
    // match = false is kept for unexpected differences only: an intended one
    // (docs/compatibility.md)
    // is labelled with intended_difference and counts as a match, so the runbook's
    // "filter match = false" speaks of nothing else (issue 5).
    f.put(LogField.MATCH, !item.unexpected());
    if (item.intendedDifference() != null) {
      f.put(LogField.INTENDED_DIFFERENCE, item.intendedDifference());
    }
    if (!item.match()) {
      f.put(LogField.REASON, String.join(",", item.differences()));
    }
    Map<String, Object> old = safe(item.baseline());
    Map<String, Object> neu = safe(item.candidate());
    switch (item.category()) {
      case SMS -> {
        f.put(LogField.TEMPLATE, item.key());
        f.put(LogField.PHONE_MASKED, phoneOf(item));
        f.put(LogField.SMS_OLD, old);
        f.put(LogField.SMS_NEW, neu);
      }
      case DB -> {
        f.put(LogField.OPERATION_TYPE, item.key());
        f.put(LogField.DB_OLD, old);
        f.put(LogField.DB_NEW, neu);
      }
      case TELEGRAM -> {
        f.put(LogField.TELEGRAM_ACTION_OLD, old);
        f.put(LogField.TELEGRAM_ACTION_NEW, neu);
      }
    }
    String message =
        item.category().eventType()
            + " "
            + item.key()
            + (item.match()
                ? " match"
                : item.intendedDifference() != null
                    ? " intended difference " + item.intendedDifference()
                    : " MISMATCH");
    return item.unexpected() ? LogEvent.warn(message, f) : LogEvent.info(message, f);
  }

  private static String bookingIdOf(String bookingNum) {
    int cut = bookingNum == null ? -1 : bookingNum.indexOf('_');
    return cut < 0 ? bookingNum : bookingNum.substring(cut + 1);
  }

  static LogEvent summaryEvent(ComparisonReport report, String requestId) {
    Map<LogField, Object> f = common(requestId);
    f.put(LogField.EVENT_TYPE, "comparison_summary");
    f.put(LogField.STATUS, report.agree() ? Status.SUCCESS.value() : Status.FAILURE.value());
    f.put(LogField.MATCH, report.agree());
    f.put(LogField.MATCH_PERCENTAGE, report.matchPercentage());
    f.put(LogField.COUNT, report.total());
    f.put(LogField.MISMATCH_COUNT, report.unexpected());
    f.put(LogField.INTENDED_COUNT, report.intended());
    String message =
        "comparison "
            + report.baselineName()
            + " vs "
            + report.candidateName()
            + ": "
            + report.total()
            + " items, "
            + report.unexpected()
            + " unexpected differences, "
            + report.intended()
            + " intended";
    return LogEvent.info(message, f);
  }

  private static Map<LogField, Object> common(String requestId) {
    Map<LogField, Object> f = new LinkedHashMap<>();
    if (requestId != null) {
      f.put(LogField.REQUEST_ID, requestId);
    }
    f.put(LogField.ACTION_TYPE, ActionType.COMPARISON.value());
    f.put(LogField.COMPARISON_MODE, MODE);
    f.put(LogField.SMS_SEND_ENABLED, false);
    return f;
  }

  private static String phoneOf(ComparedItem item) {
    Map<String, Object> side = item.baseline() != null ? item.baseline() : item.candidate();
    return Phone.masked(String.valueOf(side.get("to")));
  }

  /** A side without personal data; null stays null (not planned on that side). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> safe(Map<String, Object> side) {
    if (side == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    side.forEach((k, v) -> {
      switch (k) {
        case "to", "phone" -> out.put(k, Phone.masked(String.valueOf(v)));
        case "name" -> out.put(k, PersonName.masked(String.valueOf(v)));
        case "text" -> {
          String text = String.valueOf(v);
          out.put("text_length", text.length());
          out.put("text_sha256", digest(text));
        }
        case "record" -> out.put(k, safe((Map<String, Object>) v));
        default -> out.put(k, v);
      }
    });
    return out;
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
