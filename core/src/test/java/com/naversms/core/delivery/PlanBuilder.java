package com.naversms.core.delivery;

import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.MessageType;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.Withheld;
import com.naversms.core.state.Flags;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordUpdate;
import com.naversms.core.state.Slots;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds plans for executor tests: {@code aPlan().confirmation("1051707", 1001).build()}. */
final class PlanBuilder {
  static final Instant AT = Instant.parse("2026-11-27T03:10:00Z");
  private final List<Delivery> deliveries = new ArrayList<>();
  private final List<Withheld> withheld = new ArrayList<>();

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
    return add(
        rule,
        store,
        key,
        new Delivery.WriteRecord(record),
        send(id, Flags.CONFIRM, "booking_confirm", "예약이 확정되었습니다"),
        new Delivery.FlagOfSend(Flags.CONFIRM, true),
        new Delivery.Telegram("예약확정 강남 김민수 " + id));
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
    StoredRecord record =
        new StoredRecord(
            key, "김민수", LocalDateTime.of(2026, 11, 27, 15, 0), false, false, false, "", Map.of());
    add(
        "New booking confirmation",
        store,
        key,
        new Delivery.WriteRecord(record),
        send(id, Flags.CONFIRM, "booking_confirm", tag + "confirm"),
        new Delivery.FlagOfSend(Flags.CONFIRM, true),
        new Delivery.Telegram(tag + "telegram"));
    return add(
        "Reminder",
        store,
        key,
        send(id, Flags.REMIND, "booking_remind", tag + "remind"),
        new Delivery.FlagOfSend(Flags.REMIND, true),
        new Delivery.Slack("", tag + "slack"));
  }

  PlanBuilder sms(String rule, String store, long id, String flag, String template, String text) {
    return add(rule, store, keyOf(store, id), send(id, flag, template, text));
  }

  /** A message whose template has an AlimTalk variant: AlimTalk with its SMS as the failover. */
  PlanBuilder alimTalk(String rule, String store, long id, String flag, String template) {
    Message.Sms sms =
        new Message.Sms(digits(id), "0200000000", MessageType.LMS, "안내", "예약이 확정되었습니다", 22);
    Message.AlimTalk message =
        new Message.AlimTalk(
            digits(id),
            "@examplestudio",
            "EXCONFIRM01",
            "김민수 고객님, 예약이 확정되었습니다 😀",
            List.of(new Message.AlimTalk.Button("WL", "예약 확인", "https://example.com/" + id)),
            sms);
    return add(
        rule,
        store,
        keyOf(store, id),
        new Delivery.Send(message, flag, template),
        new Delivery.FlagOfSend(flag, true));
  }

  PlanBuilder flag(String rule, String store, long id, String flag) {
    return add(rule, store, keyOf(store, id), new Delivery.WriteFlag(flag, true));
  }

  PlanBuilder slackDigest(String text) {
    deliveries.add(Delivery.digest("Daily digest", List.of(new Delivery.Slack("#ops", text))));
    return this;
  }

  PlanBuilder event(String type, Map<String, Object> fields) {
    deliveries.add(Delivery.digest("Audit", List.of(new Delivery.LogEvent(type, fields))));
    return this;
  }

  /** A message of {@code flag} the planner held back for {@code why}. */
  PlanBuilder withheld(
      String store, long id, String flag, String template, Withheld.Why why, String reason) {
    RecordKey key = keyOf(store, id);
    withheld.add(
        new Withheld(
            new Delivery(
                "New booking confirmation",
                key.bookingNum(),
                store,
                key,
                List.of(send(id, flag, template, "예약이 확정되었습니다"))),
            why,
            reason));
    return this;
  }

  /** The planner's own delivery for a cancelled booking: {@code cancelled_at} and a line. */
  PlanBuilder cancellation(String store, long id) {
    return add(
        "(cancellation)",
        store,
        keyOf(store, id),
        new Delivery.UpdateRecord(
            new RecordUpdate(null, Map.of(Slots.CANCELLED_AT, AT.toEpochMilli())),
            "booking cancelled (RC04)"),
        new Delivery.Telegram("예약취소 " + id));
  }

  Plan build() {
    return new Plan(AT, deliveries, List.of(), List.of(), List.of(), List.of(), withheld);
  }

  private static Delivery.Send send(long id, String flag, String template, String text) {
    return new Delivery.Send(
        new Message.Sms(digits(id), "0200000000", MessageType.SMS, "", text, 20), flag, template);
  }

  private PlanBuilder add(String rule, String store, RecordKey key, Delivery.Step... steps) {
    deliveries.add(new Delivery(rule, key.bookingNum(), store, key, List.of(steps)));
    return this;
  }
}
