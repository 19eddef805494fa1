package com.naversms.core.cycle;

import com.naversms.core.booking.Phone;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How a message the carrier could not deliver is reported, once (docs/ops/runbook.md, "A message
 * failed at the carrier"): an ERROR line whose {@code error_type} is SENS's result code, and one
 * operator line per cycle listing them with the masked number, the template and the reason. Never
 * the text.
 */
final class CarrierFailures {
  private CarrierFailures() {}

  static LogEvent event(LedgerEntry e) {
    Map<LogField, Object> fields = new LinkedHashMap<>();
    fields.put(LogField.ACTION_TYPE, ActionType.SEND_SMS.value());
    fields.put(LogField.ERROR_TYPE, e.carrier().code());
    fields.put(LogField.ERROR_MESSAGE, reason(e));
    fields.put(LogField.RULE_NAME, e.message().rule());
    fields.put(LogField.TEMPLATE, e.message().template());
    fields.put(LogField.BOOKING_ID, e.key().bookingNum());
    fields.put(LogField.PHONE_MASKED, Phone.masked(e.message().phone()));
    fields.put(LogField.FLAG, e.key().message());
    fields.put(LogField.SENS_REQUEST_ID, e.requestId());
    return LogEvent.error(
        "SMS not delivered by the carrier: " + e.key().id() + " (" + reason(e) + ")", fields);
  }

  /** The operators' line (Korean), one row per message. */
  static String notice(List<LedgerEntry> failed) {
    StringJoiner text = new StringJoiner("\n");
    text.add("📵 문자 전달 실패 " + failed.size() + "건 (통신사)");
    for (LedgerEntry e : failed) {
      text.add(
          "- "
              + Phone.masked(e.message().phone())
              + " "
              + e.message().template()
              + " ["
              + e.key().bookingNum()
              + "]: "
              + reason(e));
    }
    text.add("조치: docs/ops/runbook.md \"Carrier delivery failures\"");
    return text.toString();
  }

  private static String reason(LedgerEntry e) {
    String name = e.carrier().name().isBlank() ? "" : " " + e.carrier().name();
    String telco = e.carrier().telco().isBlank() ? "" : ", " + e.carrier().telco();
    return "code " + e.carrier().code() + name + telco;
  }
}
