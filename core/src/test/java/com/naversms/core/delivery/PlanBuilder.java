package com.naversms.core.delivery;

import com.naversms.core.plan.MessageType;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.state.Flags;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds plans for executor tests: {@code aPlan().confirmation("1051707", 1001).build()}. */
final class PlanBuilder {
  static final Instant AT = Instant.parse("2026-11-27T03:10:00Z");
  private final List<PlannedAction> actions = new ArrayList<>();

  static PlanBuilder aPlan() {
    return new PlanBuilder();
  }

  static RecordKey keyOf(String store, long id) {
    return new RecordKey(store + "_" + id, "010-0000-" + String.format("%04d", id % 10000));
  }

  /** The booking's record with its confirmation already delivered. */
  static StoredRecord aRecordDelivered(RecordKey key) {
    return new StoredRecord(
        key, "김민수", LocalDateTime.of(2026, 11, 27, 15, 0), true, false, false, "", Map.of());
  }

  static String digits(long id) {
    return "0100000" + String.format("%04d", id % 10000);
  }

  /** The shipped confirmation rule: create record, send, set confirm_sms, Telegram line. */
  PlanBuilder confirmation(String store, long id) {
    String rule = "New booking confirmation";
    RecordKey key = keyOf(store, id);
    StoredRecord record =
        new StoredRecord(
            key, "김민수", LocalDateTime.of(2026, 11, 27, 15, 0), false, false, false, "", Map.of());
    actions.add(new PlannedAction.CreateDbRecord(rule, key.bookingNum(), store, record));
    sms(rule, store, id, Flags.CONFIRM, "booking_confirm");
    actions.add(
        new PlannedAction.UpdateFlag(rule, key.bookingNum(), store, key, Flags.CONFIRM, true));
    actions.add(new PlannedAction.SendTelegram(rule, key.bookingNum(), store, "예약확정 강남 김민수 " + id));
    return this;
  }

  PlanBuilder sms(String rule, String store, long id, String flag, String template) {
    return sms(rule, store, id, flag, template, "예약이 확정되었습니다");
  }

  /**
   * Two rules on one booking, every text tagged {@code b<id>}: record, SMS, its flag, Telegram line
   * (confirmation); then a reminder SMS, its flag and a Slack line.
   */
  PlanBuilder taggedBooking(String store, long id) {
    String tag = "b" + id + " ";
    RecordKey key = keyOf(store, id);
    String confirm = "New booking confirmation";
    StoredRecord record =
        new StoredRecord(
            key, "김민수", LocalDateTime.of(2026, 11, 27, 15, 0), false, false, false, "", Map.of());
    actions.add(new PlannedAction.CreateDbRecord(confirm, key.bookingNum(), store, record));
    sms(confirm, store, id, Flags.CONFIRM, "booking_confirm", tag + "confirm");
    actions.add(
        new PlannedAction.UpdateFlag(confirm, key.bookingNum(), store, key, Flags.CONFIRM, true));
    actions.add(new PlannedAction.SendTelegram(confirm, key.bookingNum(), store, tag + "telegram"));
    String remind = "Reminder";
    sms(remind, store, id, Flags.REMIND, "booking_remind", tag + "remind");
    actions.add(
        new PlannedAction.UpdateFlag(remind, key.bookingNum(), store, key, Flags.REMIND, true));
    actions.add(new PlannedAction.SendSlack(remind, key.bookingNum(), store, "", tag + "slack"));
    return this;
  }

  PlanBuilder sms(String rule, String store, long id, String flag, String template, String text) {
    RecordKey key = keyOf(store, id);
    actions.add(
        new PlannedAction.SendSms(
            rule,
            key.bookingNum(),
            store,
            key,
            flag,
            template,
            digits(id),
            "0200000000",
            MessageType.SMS,
            "",
            text,
            20));
    return this;
  }

  PlanBuilder flag(String rule, String store, long id, String flag) {
    RecordKey key = keyOf(store, id);
    actions.add(new PlannedAction.UpdateFlag(rule, key.bookingNum(), store, key, flag, true));
    return this;
  }

  PlanBuilder slackDigest(String text) {
    actions.add(new PlannedAction.SendSlack("Daily digest", "", "", "#ops", text));
    return this;
  }

  PlanBuilder event(String type, Map<String, Object> fields) {
    actions.add(new PlannedAction.LogEvent("Audit", "", "", type, fields));
    return this;
  }

  Plan build() {
    return new Plan(AT, actions, List.of(), List.of());
  }
}
