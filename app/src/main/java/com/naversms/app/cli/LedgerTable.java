package com.naversms.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Phone;
import com.naversms.core.cost.Billed;
import com.naversms.core.cost.CostComparison;
import com.naversms.core.cost.CostTable;
import com.naversms.core.cost.MessageCosts;
import com.naversms.core.ledger.CarrierResult;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.StateChange;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@code messages list} and {@code show} print ledger entries: the list with phones masked and
 * no texts (table or JSON), {@code show} with everything.
 */
final class LedgerTable {
  private static final DateTimeFormatter KST =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Booking.SEOUL);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LedgerTable() {}

  static String list(List<LedgerEntry> entries) {
    if (entries.isEmpty()) {
      return "No messages.\n";
    }
    TextTable table =
        new TextTable(
            "PLANNED (KST)", "KEY", "STATE", "RULE", "TEMPLATE", "PHONE", "ATTEMPTS", "CARRIER");
    for (LedgerEntry e : entries) {
      table.row(
          when(e.createdAt()),
          e.key().id(),
          e.state().wireName(),
          e.message().rule(),
          e.message().template() + " (" + channel(e) + ")",
          Phone.masked(e.message().phone()),
          String.valueOf(e.attempts()),
          carrier(e.carrier()));
    }
    return table.render() + entries.size() + " messages, newest first; texts: messages show KEY\n";
  }

  /**
   * The listed messages' totals per channel and their cost: one line per way they were billed
   * (accepted or delivered; a failed-over AlimTalk message as its SMS/LMS leg), then the total
   * beside the same messages as SMS/LMS only (docs/configuration.md, "costs.yaml").
   */
  static String totals(List<LedgerEntry> entries, CostTable table) {
    CostComparison costs = CostComparison.ofLedger(entries, table);
    MessageCosts actual = costs.actual();
    StringBuilder out =
        new StringBuilder(
            "totals by channel (messages SENS accepted or delivered; KRW at "
                + table.source()
                + "):\n");
    for (Billed b : Billed.values()) {
      if (actual.count(b) > 0) {
        out.append(
            String.format(
                "  %-9s %5d × %s KRW = %s KRW%n",
                b.label(),
                actual.count(b),
                MessageCosts.krw(table.price(b)),
                MessageCosts.krw(actual.cost(b))));
      }
    }
    out.append(
        String.format(
            "  %-9s %5d messages = %s KRW (as SMS/LMS only: %s KRW, %s)%n",
            "total",
            actual.totalCount(),
            MessageCosts.krw(actual.total()),
            MessageCosts.krw(costs.smsOnly().total()),
            costs.percent()));
    return out.toString();
  }

  static String json(List<LedgerEntry> entries) {
    try {
      return JSON.writeValueAsString(entries.stream().map(LedgerTable::summary).toList()) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("ledger entries could not be written as JSON", e);
    }
  }

  static String show(LedgerEntry e) {
    StringBuilder out = new StringBuilder();
    line(out, "key", e.key().id());
    line(out, "state", e.state().wireName());
    line(out, "to", Phone.hyphenated(e.message().phone()));
    line(out, "from", e.message().sender());
    line(out, "rule", e.message().rule());
    line(out, "template", e.message().template());
    line(out, "channel", e.message().channel() + " " + e.message().type());
    line(out, "slot", e.key().slot() + " KST");
    line(out, "attempts", String.valueOf(e.attempts()));
    line(out, "request id", e.requestId());
    line(out, "carrier", carrier(e.carrier()));
    line(out, "last error", e.lastError());
    line(out, "subject", e.message().subject());
    out.append("text:\n");
    e.message().text().lines().forEach(l -> out.append("  | ").append(l).append('\n'));
    out.append("history:\n");
    TextTable history = new TextTable("WHEN (KST)", "STATE", "ATTEMPTS", "DETAIL");
    for (StateChange c : e.history()) {
      history.row(when(c.at()), c.state().wireName(), String.valueOf(c.attempts()), c.detail());
    }
    history.render().lines().forEach(l -> out.append("  ").append(l).append('\n'));
    return out.toString();
  }

  private static Map<String, Object> summary(LedgerEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", e.key().id());
    m.put("booking_num", e.key().bookingNum());
    m.put("message", e.key().message());
    m.put("slot", e.key().slot());
    m.put("sequence", e.key().sequence());
    m.put("phone_masked", Phone.masked(e.message().phone()));
    m.put("state", e.state().wireName());
    m.put("rule", e.message().rule());
    m.put("template", e.message().template());
    m.put("channel", e.message().channel());
    m.put("type", e.message().type());
    m.put("attempts", e.attempts());
    m.put("request_id", e.requestId());
    m.put("created_at", e.createdAt().toString());
    m.put("updated_at", e.updatedAt().toString());
    if (e.carrier() != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("code", e.carrier().code());
      c.put("name", e.carrier().name());
      c.put("telco", e.carrier().telco());
      if (e.carrier().failedOver()) {
        c.put("first_leg", e.carrier().firstLeg()); // AlimTalk's, before SENS sent the SMS/LMS
      }
      m.put("carrier", c);
    }
    m.put("last_error", e.lastError());
    return m;
  }

  private static void line(StringBuilder out, String name, String value) {
    if (value != null && !value.isEmpty()) {
      out.append(name).append(": ").append(value).append('\n');
    }
  }

  private static String when(Instant at) {
    return at == null ? "" : KST.format(at);
  }

  /** {@code LMS}, or {@code AlimTalk/LMS} for an AlimTalk message with its SMS/LMS failover. */
  private static String channel(LedgerEntry e) {
    return (e.message().channel().equals("alimtalk") ? Billed.ALIMTALK.label() + "/" : "")
        + e.message().type();
  }

  private static String carrier(CarrierResult r) {
    if (r == null) {
      return "";
    }
    return (r.delivered() ? "delivered" : "failed " + r.code())
        + (r.name().isEmpty() ? "" : " " + r.name())
        + (r.telco().isEmpty() ? "" : " (" + r.telco() + ")")
        + (r.failedOver() ? "; failover after " + r.firstLeg() : "");
  }
}
