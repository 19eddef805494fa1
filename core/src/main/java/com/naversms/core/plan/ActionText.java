package com.naversms.core.plan;

import com.naversms.core.rules.Action;

/** Action labels in the YAML vocabulary, e.g. {@code send_sms(guide)}. */
final class ActionText {
  private ActionText() {}

  static String of(Action action) {
    return switch (action) {
      case Action.CreateDbRecord a -> "create_db_record";
      case Action.SendSms a -> "send_sms(" + SmsPlanning.canonical(a.template()) + ")";
      case Action.UpdateFlag a -> "update_flag(" + a.flag() + "=" + a.value() + ")";
      case Action.SendTelegram a -> "send_telegram";
      case Action.SendSlack a -> "send_slack" + (a.digest() ? "(digest)" : "");
      case Action.LogEvent a -> "log_event(" + a.eventType() + ")";
    };
  }
}
