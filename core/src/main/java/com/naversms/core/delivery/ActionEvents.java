package com.naversms.core.delivery;

import com.naversms.core.booking.Phone;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.Message;
import java.util.LinkedHashMap;
import java.util.Map;

/** The log line of one executed action, with the docs/design.md 7 fields at the top level. */
final class ActionEvents {
  private ActionEvents() {}

  static LogEvent of(ActionResult result) {
    Map<LogField, Object> f = new LinkedHashMap<>();
    f.put(LogField.ACTION_TYPE, actionType(result.step()).value());
    f.put(LogField.STATUS, status(result.outcome()).value());
    Delivery d = result.delivery();
    if (d != null) {
      f.put(LogField.RULE_NAME, d.rule());
      putBooking(f, d.bookingNum(), d.storeId());
    } else if (result.key() != null) {
      // a stale claim or exhausted message outside the plan: the rule and template its claim
      // recorded tell two stuck messages of one booking apart
      putNonEmpty(f, LogField.RULE_NAME, result.origin().rule());
      putBooking(
          f, result.key().record().bookingNum(), storeOf(result.key().record().bookingNum()));
      putNonEmpty(f, LogField.TEMPLATE, result.origin().template());
    }
    if (result.key() != null) {
      f.put(LogField.PHONE_MASKED, Phone.masked(result.key().record().phone()));
      f.put(LogField.FLAG, result.key().flag());
    }
    if (result.step() instanceof Delivery.Send send) {
      f.put(LogField.TEMPLATE, send.template());
      f.put(LogField.MESSAGE_TYPE, messageType(send.message(), result.outcome()));
    }
    f.put(LogField.DURATION_MS, result.durationMs());
    String message = result.type() + " " + describe(result.outcome(), f) + outsidePlan(result);
    return switch (result.outcome()) {
      case Outcome.Failed x -> LogEvent.error(message, f);
      case Outcome.Uncertain x -> LogEvent.error(message, f);
      case Outcome.Exhausted x -> LogEvent.error(message, f);
      case Outcome.Deferred x -> LogEvent.warn(message, f);
      default -> LogEvent.info(message, f);
    };
  }

  static ActionType actionType(Delivery.Step step) {
    return switch (step) {
      case null -> ActionType.SEND_SMS;
      case Delivery.Send s -> ActionType.SEND_SMS;
      case Delivery.WriteRecord c -> ActionType.DB_WRITE;
      case Delivery.UpdateRecord c -> ActionType.DB_WRITE;
      case Delivery.FlagOfSend u -> ActionType.DB_WRITE;
      case Delivery.WriteFlag u -> ActionType.DB_WRITE;
      case Delivery.Telegram t -> ActionType.SEND_TELEGRAM;
      case Delivery.Slack s -> ActionType.SEND_SLACK;
      case Delivery.LogEvent l -> ActionType.LOG_EVENT;
    };
  }

  /**
   * The {@code message_type} field: {@code ALIMTALK} for a message AlimTalk took, else SMS or LMS
   * (an AlimTalk message's failover type while it is not sent as AlimTalk).
   */
  private static String messageType(Message message, Outcome outcome) {
    if (outcome instanceof Outcome.Sent s && s.channel() == Message.Channel.ALIMTALK) {
      return "ALIMTALK";
    }
    return message.sms().type().name();
  }

  static Status status(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Sent s -> Status.SUCCESS;
      case Outcome.Done d -> Status.SUCCESS;
      case Outcome.Skipped s -> Status.SKIPPED;
      case Outcome.Suppressed s -> Status.SKIPPED;
      case Outcome.Failed f -> Status.FAILURE;
      case Outcome.Uncertain u -> Status.FAILURE;
      case Outcome.Exhausted x -> Status.FAILURE;
      case Outcome.Deferred d -> Status.SKIPPED;
    };
  }

  private static String describe(Outcome outcome, Map<LogField, Object> f) {
    return switch (outcome) {
      case Outcome.Sent s -> {
        f.put(LogField.SENS_REQUEST_ID, s.requestId());
        f.put(LogField.ATTEMPT, s.attempt());
        if (!s.note().isEmpty()) {
          f.put(LogField.ERROR_MESSAGE, s.note());
        }
        if (!s.fallback().isEmpty()) {
          f.put(LogField.REASON, "AlimTalk refused (" + s.fallback() + "): sent as SMS/LMS");
          yield "accepted by SENS as SMS/LMS after AlimTalk refused it";
        }
        yield s.channel() == Message.Channel.ALIMTALK
            ? "accepted by SENS as AlimTalk"
            : "accepted by SENS";
      }
      case Outcome.Done d -> d.detail();
      case Outcome.Skipped s -> {
        f.put(LogField.REASON, s.reason());
        yield "skipped: " + s.reason();
      }
      case Outcome.Suppressed s -> {
        f.put(LogField.REASON, s.reason());
        yield "suppressed: " + s.reason();
      }
      case Outcome.Failed x -> {
        f.put(LogField.ERROR_TYPE, x.errorType());
        f.put(LogField.ERROR_MESSAGE, x.reason());
        yield x.permanent() ? "failed for good" : "failed";
      }
      case Outcome.Uncertain u -> {
        f.put(LogField.ERROR_TYPE, "UncertainDelivery");
        f.put(LogField.ERROR_MESSAGE, u.reason());
        yield "uncertain delivery";
      }
      case Outcome.Exhausted x -> {
        f.put(LogField.ERROR_TYPE, "AttemptsExhausted");
        f.put(LogField.ATTEMPT, x.attempts());
        String why =
            "gave up after "
                + x.attempts()
                + " failed attempts"
                + (x.lastError().isEmpty() ? "" : " (last: " + x.lastError() + ")")
                + "; reported every cycle until resolved (docs/state.md section 5)";
        f.put(LogField.ERROR_MESSAGE, why);
        yield "exhausted: " + why;
      }
      case Outcome.Deferred d -> {
        f.put(LogField.ERROR_TYPE, SensRefusal.ERROR_TYPE);
        f.put(LogField.REASON, d.reason());
        yield "deferred: " + d.reason();
      }
    };
  }

  /** For a message found outside the plan: which one, as the claim recorded it. */
  private static String outsidePlan(ActionResult result) {
    if (result.delivery() != null || result.key() == null) {
      return "";
    }
    String rule = result.origin().rule().isEmpty() ? "unknown" : result.origin().rule();
    String template = result.origin().template().isEmpty() ? "unknown" : result.origin().template();
    return " (rule " + rule + ", template " + template + ", flag " + result.key().flag() + ")";
  }

  private static void putNonEmpty(Map<LogField, Object> f, LogField field, String value) {
    if (value != null && !value.isEmpty()) {
      f.put(field, value);
    }
  }

  private static void putBooking(Map<LogField, Object> f, String bookingNum, String storeId) {
    if (bookingNum != null && !bookingNum.isEmpty()) {
      int cut = bookingNum.indexOf('_');
      f.put(LogField.BOOKING_ID, cut < 0 ? bookingNum : bookingNum.substring(cut + 1));
    }
    if (storeId != null && !storeId.isEmpty()) {
      f.put(LogField.STORE_ID, storeId);
    }
  }

  private static String storeOf(String bookingNum) {
    int cut = bookingNum.indexOf('_');
    return cut < 0 ? "" : bookingNum.substring(0, cut);
  }
}
