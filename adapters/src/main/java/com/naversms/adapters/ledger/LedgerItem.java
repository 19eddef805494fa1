package com.naversms.adapters.ledger;

import com.naversms.core.ledger.CarrierResult;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerMessage;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.ledger.StateChange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a ledger entry as plain values (String, Long, List, Map): the DynamoDB item of
 * {@code sms_messages} attribute for attribute, and the SQLite row's {@code item} JSON
 * (docs/state.md, "The message ledger"). Instants are epoch milliseconds, as {@code {flag}_sent_at}
 * in the {@code sms} table; {@code expires_at} is epoch seconds (DynamoDB's TTL wants seconds).
 */
public final class LedgerItem {
  public static final String BOOKING_NUM = "booking_num";
  public static final String ENTRY = "entry";
  public static final String PHONE = "phone";
  public static final String PHONE_LAST4 = "phone_last4";
  public static final String STATE = "state";
  public static final String ACCEPTED_AT = "accepted_at";
  public static final String CREATED_AT = "created_at";
  public static final String EXPIRES_AT = "expires_at";
  public static final String VERSION = "version";

  /**
   * Present ({@code "1"}) only while the entry waits for the carrier's result: DynamoDB's sparse
   * index {@code awaiting} holds exactly those entries.
   */
  public static final String AWAITING = "awaiting";

  private LedgerItem() {}

  public static Map<String, Object> toPlain(LedgerEntry e, Duration retention) {
    Map<String, Object> item = new LinkedHashMap<>();
    LedgerKey k = e.key();
    LedgerMessage m = e.message();
    item.put(BOOKING_NUM, k.bookingNum());
    item.put(ENTRY, k.entry());
    item.put("message", k.message());
    item.put("slot", k.slot());
    item.put(PHONE_LAST4, k.phoneLast4());
    item.put("sequence", (long) k.sequence());
    if (!m.phone().isEmpty()) {
      item.put(PHONE, m.phone()); // a key of DynamoDB's index phone: never an empty string
    }
    item.put("rule", m.rule());
    item.put("template", m.template());
    item.put("channel", m.channel());
    item.put("type", m.type());
    item.put("sender", m.sender());
    item.put("subject", m.subject());
    item.put("text", m.text());
    item.put(STATE, e.state().wireName());
    item.put("attempts", (long) e.attempts());
    item.put("request_id", e.requestId());
    if (e.acceptedAt() != null) {
      item.put(ACCEPTED_AT, e.acceptedAt().toEpochMilli());
    }
    if (e.carrier() != null) {
      item.put("result_code", e.carrier().code());
      item.put("result_name", e.carrier().name());
      item.put("telco", e.carrier().telco());
      item.put("completed_at", e.carrier().completedAt());
      if (e.carrier().failedOver()) {
        item.put("first_leg", e.carrier().firstLeg()); // an AlimTalk message's AlimTalk leg
      }
    }
    item.put("last_error", e.lastError());
    item.put(CREATED_AT, e.createdAt().toEpochMilli());
    item.put("updated_at", e.updatedAt().toEpochMilli());
    List<Map<String, Object>> history = new ArrayList<>();
    for (StateChange c : e.history()) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("state", c.state().wireName());
      step.put("at", c.at().toEpochMilli());
      step.put("attempts", (long) c.attempts());
      step.put("detail", c.detail());
      history.add(step);
    }
    item.put("history", history);
    item.put(VERSION, e.version());
    item.put(EXPIRES_AT, expiresAt(e, retention));
    if (e.awaitsCarrier()) {
      item.put(AWAITING, "1");
    }
    return item;
  }

  /** Epoch seconds at which the entry's retention ends: its last change plus the retention. */
  public static long expiresAt(LedgerEntry e, Duration retention) {
    return e.updatedAt().plus(retention).getEpochSecond();
  }

  public static LedgerEntry fromPlain(Map<String, ?> item) {
    LedgerKey key =
        new LedgerKey(
            text(item, BOOKING_NUM),
            text(item, "message"),
            text(item, "slot"),
            text(item, PHONE_LAST4),
            (int) number(item, "sequence"));
    LedgerMessage message =
        new LedgerMessage(
            text(item, PHONE),
            text(item, "rule"),
            text(item, "template"),
            text(item, "channel"),
            text(item, "type"),
            text(item, "sender"),
            text(item, "subject"),
            text(item, "text"));
    CarrierResult carrier =
        item.containsKey("result_code")
            ? new CarrierResult(
                text(item, "result_code"),
                text(item, "result_name"),
                text(item, "telco"),
                text(item, "completed_at"),
                text(item, "first_leg"))
            : null;
    List<StateChange> history = new ArrayList<>();
    if (item.get("history") instanceof List<?> steps) {
      for (Object o : steps) {
        if (o instanceof Map<?, ?> step) {
          @SuppressWarnings("unchecked")
          Map<String, ?> s = (Map<String, ?>) step;
          history.add(
              new StateChange(
                  MessageState.ofWireName(text(s, "state")),
                  Instant.ofEpochMilli(number(s, "at")),
                  (int) number(s, "attempts"),
                  text(s, "detail")));
        }
      }
    }
    return new LedgerEntry(
        key,
        message,
        MessageState.ofWireName(text(item, STATE)),
        (int) number(item, "attempts"),
        text(item, "request_id"),
        item.containsKey(ACCEPTED_AT) ? Instant.ofEpochMilli(number(item, ACCEPTED_AT)) : null,
        carrier,
        text(item, "last_error"),
        Instant.ofEpochMilli(number(item, CREATED_AT)),
        Instant.ofEpochMilli(number(item, "updated_at")),
        history,
        number(item, VERSION));
  }

  private static String text(Map<String, ?> item, String name) {
    Object v = item.get(name);
    return v == null ? "" : v.toString();
  }

  private static long number(Map<String, ?> item, String name) {
    Object v = item.get(name);
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s && !s.isBlank()) {
      return Long.parseLong(s.trim());
    }
    return 0;
  }
}
