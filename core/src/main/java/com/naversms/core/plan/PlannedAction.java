package com.naversms.core.plan;

import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.util.Map;

/**
 * One action of the legacy flat action list: the projection of a {@link Plan}'s deliveries that
 * {@code plan --format json}, {@code compare}, the validation campaign and the run's report print
 * (docs/design.md, "The plan"). The executor reads the {@link Delivery deliveries}, never these.
 * Every action names the rule that planned it, the booking ({@code booking_num}) and the store; a
 * per-cycle digest (Slack list of bookings) has an empty booking number. The plan JSON maps one to
 * one onto these.
 */
public sealed interface PlannedAction {
  /** The action one step of {@code delivery} is in the flat list. */
  static PlannedAction of(Delivery d, Delivery.Step step) {
    String rule = d.rule();
    String num = d.bookingNum();
    String store = d.storeId();
    return switch (step) {
      // an AlimTalk message is listed as its SMS/LMS failover: the plan JSON, compare and the
      // golden plans stay as they were (docs/configuration.md, alimtalk_templates.yaml)
      case Delivery.Send s -> sendSms(d, s, s.message().sms());
      case Delivery.FlagOfSend f -> new UpdateFlag(rule, num, store, d.key(), f.flag(), f.value());
      case Delivery.WriteFlag f -> new UpdateFlag(rule, num, store, d.key(), f.flag(), f.value());
      case Delivery.WriteRecord r -> new CreateDbRecord(rule, num, store, r.record());
      case Delivery.UpdateRecord u ->
          new UpdateRecord(rule, num, store, d.key(), u.update(), u.reason());
      case Delivery.Telegram t -> new SendTelegram(rule, num, store, t.text());
      case Delivery.Slack s -> new SendSlack(rule, num, store, s.channel(), s.text());
      case Delivery.LogEvent e -> new LogEvent(rule, num, store, e.eventType(), e.fields());
    };
  }

  private static SendSms sendSms(Delivery d, Delivery.Send s, Message.Sms m) {
    return new SendSms(
        d.rule(),
        d.bookingNum(),
        d.storeId(),
        d.key(),
        s.flag(),
        s.template(),
        m.to(),
        m.from(),
        m.type(),
        m.subject(),
        m.text(),
        m.bytes(),
        m.advertising());
  }

  String rule();

  String bookingNum();

  String storeId();

  /** The {@code type} value of the plan JSON. */
  String type();

  /**
   * Send one SMS/LMS. {@code flag} is the flag whose claim guards this message and which is set
   * once SENS accepted it (the rule's following {@code update_flag}, or a per-template custom flag
   * when the rule sets none), so the message goes at most once.
   *
   * @param to digits only
   * @param bytes EUC-KR length of {@code text}
   * @param advertising an advertising message (SENS {@code contentType AD}; plan JSON {@code
   *     "content_type": "AD"})
   */
  record SendSms(
      String rule,
      String bookingNum,
      String storeId,
      RecordKey key,
      String flag,
      String template,
      String to,
      String from,
      MessageType messageType,
      String subject,
      String text,
      int bytes,
      boolean advertising)
      implements PlannedAction {
    @Override
    public String type() {
      return "send_sms";
    }
  }

  /** Write the booking's record (only when it does not exist yet). */
  record CreateDbRecord(String rule, String bookingNum, String storeId, StoredRecord record)
      implements PlannedAction {
    @Override
    public String type() {
      return "create_db_record";
    }
  }

  /**
   * Change the booking's existing record: it was rescheduled or cancelled (docs/state.md section
   * 10).
   */
  record UpdateRecord(
      String rule,
      String bookingNum,
      String storeId,
      RecordKey key,
      com.naversms.core.state.RecordUpdate update,
      String reason)
      implements PlannedAction {
    @Override
    public String type() {
      return "update_record";
    }
  }

  record UpdateFlag(
      String rule, String bookingNum, String storeId, RecordKey key, String flag, boolean value)
      implements PlannedAction {
    @Override
    public String type() {
      return "update_flag";
    }
  }

  record SendTelegram(String rule, String bookingNum, String storeId, String text)
      implements PlannedAction {
    @Override
    public String type() {
      return "send_telegram";
    }
  }

  /** {@code channel} may be empty: the webhook's own channel. */
  record SendSlack(String rule, String bookingNum, String storeId, String channel, String text)
      implements PlannedAction {
    @Override
    public String type() {
      return "send_slack";
    }
  }

  record LogEvent(
      String rule, String bookingNum, String storeId, String eventType, Map<String, Object> fields)
      implements PlannedAction {
    public LogEvent {
      fields = Map.copyOf(fields);
    }

    @Override
    public String type() {
      return "log_event";
    }
  }
}
