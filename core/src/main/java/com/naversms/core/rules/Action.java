package com.naversms.core.rules;

import com.naversms.core.template.Template;
import java.util.Map;

/** The closed vocabulary of rule actions (YAML {@code type} in each doc). */
public sealed interface Action {

  /** {@code create_db_record}. */
  record CreateDbRecord() implements Action {}

  /**
   * {@code send_sms}: {@code template} is a key of {@code sms_templates.yaml} ({@code
   * confirmation}/{@code confirm} = {@code booking_confirm}, {@code guide} = the store's guide,
   * {@code event}, or any other key there).
   */
  record SendSms(String template, boolean storeSpecific) implements Action {}

  /**
   * {@code update_flag}. {@code slotBound} ({@code slot_bound: true}): the flag means "sent for the
   * booking's current slot" and is due again after a reschedule (docs/rules.md, "Reschedules");
   * {@code remind_sms} always is.
   */
  record UpdateFlag(String flag, boolean value, boolean slotBound) implements Action {
    public UpdateFlag(String flag, boolean value) {
      this(flag, value, false);
    }
  }

  /** {@code send_telegram}: a message or a named template, compiled into {@code text}. */
  record SendTelegram(Template text, String templateName) implements Action {}

  /**
   * {@code send_slack}. With {@code digest}, one message per cycle lists every booking the rule
   * matched (context variable {@code bookings}) instead of one message per booking.
   */
  record SendSlack(String channel, Template text, String templateName, boolean digest)
      implements Action {}

  /** {@code log_event}. */
  record LogEvent(String eventType, Map<String, String> params) implements Action {
    public LogEvent {
      params = Map.copyOf(params);
    }
  }
}
