package com.naversms.app.demo;

import com.naversms.app.cli.TextTable;
import com.naversms.core.booking.Booking;
import com.naversms.core.booking.PersonName;
import com.naversms.core.booking.Phone;
import com.naversms.core.booking.Store;
import com.naversms.core.cost.Billed;
import com.naversms.core.cost.CostComparison;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.delivery.ActionResult;
import com.naversms.core.delivery.Outcome;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demo's readable output: one line per message, then a summary. Names and phones masked. The
 * columns are counted in terminal columns ({@link TextTable#line}), so Hangul store aliases and
 * names stay aligned; their widths are known before the first cycle (store aliases from the
 * config).
 */
final class Timeline {
  private static final DateTimeFormatter HHMM =
      DateTimeFormatter.ofPattern("HH:mm").withZone(Booking.SEOUL);
  private static final String[] HEADER = {
    "time", "store", "customer", "phone", "channel", "template", "rule"
  };
  private final Configuration config;
  private final int[] widths;
  private final StateStore state;
  private final MessageLedger ledger;
  private final PrintStream out;
  private final Set<String> failoversShown = new HashSet<>();
  private final Map<String, Integer> sentByTemplate = new TreeMap<>();
  private final Map<String, Integer> sentByLast4 = new TreeMap<>();
  private int cycles;
  private int failedCycles;
  private int wouldSend;
  private int skipped;
  private int failed;
  private int uncertain;
  private int differences;

  Timeline(Configuration config, StateStore state, MessageLedger ledger, PrintStream out) {
    this.config = config;
    this.state = state;
    this.ledger = ledger;
    this.out = out;
    int store = TextTable.width(HEADER[1]);
    for (Store s : config.stores().all()) {
      store = Math.max(store, TextTable.width(s.alias()));
    }
    this.widths = new int[] {5, store, 8, 13, 8, 16, 0};
  }

  /**
   * @param withoutKakaoTalk the numbers (digits) the simulated Kakao knows no KakaoTalk user for
   */
  void header(
      LocalDate day,
      int stores,
      int simulated,
      boolean comparison,
      Path dir,
      List<String> withoutKakaoTalk) {
    out.println(
        "naver-sms demo: "
            + day
            + " (KST), "
            + stores
            + " stores from the config, "
            + simulated
            + " simulated on loopback; state and logs in "
            + dir);
    out.println(
        comparison
            ? "COMPARISON MODE: the legacy algorithm and the rules plan each cycle; nothing is sent."
            : "Cycles every 20 minutes from 09:00 to 22:00; messages go to the simulated SENS: as"
                + " AlimTalk where alimtalk_templates.yaml has the template (ALIMTALK_ENABLED), else"
                + " as SMS/LMS. "
                + withoutKakaoTalk.size()
                + " customers have no KakaoTalk: SENS sends theirs as SMS/LMS (failover).");
    out.println();
    out.println(TextTable.line(widths, HEADER));
  }

  void cycle(Instant at, CycleResult result) {
    cycles++;
    if (!result.completed()) {
      failedCycles++;
      out.println(HHMM.format(at) + "  cycle failed: " + result.failure().orElse(""));
      return;
    }
    differences += result.differences();
    if (result.report().suppressed() > 0) {
      int planned = (int) result.report().results().stream().filter(ActionResult::isSms).count();
      wouldSend += planned;
      out.println(
          HHMM.format(at)
              + "  planned "
              + planned
              + " SMS (not sent: comparison), "
              + result.differences()
              + " unexpected differences against the legacy algorithm");
      return;
    }
    Map<String, String> names = new HashMap<>();
    result.bookings().forEach(b -> names.put(b.storeId() + "/" + b.bookingNum(), b.name()));
    for (ActionResult r : result.report().results()) {
      if (r.action() instanceof PlannedAction.SendSms sms) {
        line(at, sms, r, names.getOrDefault(sms.storeId() + "/" + sms.bookingNum(), ""));
      } else if (r.isSms() && r.outcome() instanceof Outcome.Uncertain) {
        uncertain++;
      }
    }
    failovers(at);
    result
        .storeFailures()
        .forEach(f ->
            out.println(
                HHMM.format(at)
                    + "  store "
                    + f.request().storeId()
                    + " not fetched: "
                    + f.reason()));
  }

  /**
   * @param bookingName the customer's name on the booking, shown when the record has none (a
   *     message planned before the record was written)
   */
  private void line(Instant at, PlannedAction.SendSms sms, ActionResult r, String bookingName) {
    Outcome outcome = r.outcome();
    switch (outcome) {
      case Outcome.Sent s -> {
        sentByTemplate.merge(sms.template(), 1, Integer::sum);
        sentByLast4.merge(Phone.last4(sms.to()), 1, Integer::sum);
      }
      case Outcome.Suppressed s -> wouldSend++;
      case Outcome.Skipped s -> skipped++;
      case Outcome.Failed f -> failed++;
      case Outcome.Uncertain u -> uncertain++;
      case Outcome.Exhausted x -> failed++;
      case Outcome.Deferred d -> failed++;
      case Outcome.Done d -> {}
    }
    if (outcome instanceof Outcome.Skipped) {
      return;
    }
    String mark =
        switch (outcome) {
          case Outcome.Sent s ->
              s.fallback().isEmpty() ? "" : "  (AlimTalk refused: " + s.fallback() + ")";
          case Outcome.Suppressed s -> "  (not sent: comparison)";
          case Outcome.Failed f -> "  FAILED: " + f.reason();
          case Outcome.Uncertain u -> "  UNCERTAIN: " + u.reason();
          case Outcome.Exhausted x -> "  EXHAUSTED after " + x.attempts() + " attempts";
          case Outcome.Deferred d -> "  DEFERRED: " + d.reason();
          default -> "";
        };
    String store = config.stores().byId(sms.storeId()).map(Store::alias).orElse(sms.storeId());
    out.println(
        TextTable.line(
            widths,
            HHMM.format(at),
            store,
            maskedName(sms, bookingName),
            Phone.masked(sms.to()),
            channel(sms, outcome),
            sms.template(),
            sms.rule() + mark));
  }

  /** How the message went: {@code AlimTalk}, else its SMS/LMS type. */
  private static String channel(PlannedAction.SendSms sms, Outcome outcome) {
    return outcome instanceof Outcome.Sent s && s.channel() == Message.Channel.ALIMTALK
        ? Billed.ALIMTALK.label()
        : sms.messageType().toString();
  }

  /**
   * A line for each AlimTalk message whose carrier result, read this cycle, says SENS sent it as
   * SMS/LMS (the phone has no KakaoTalk): it still reached the customer once, as SMS/LMS.
   */
  private void failovers(Instant at) {
    for (LedgerEntry e : ledger.find(LedgerQuery.all())) {
      if (e.carrier() != null && e.carrier().failedOver() && failoversShown.add(e.key().id())) {
        String storeId = e.key().bookingNum().split("_", 2)[0];
        String store = config.stores().byId(storeId).map(Store::alias).orElse(storeId);
        out.println(
            HHMM.format(at)
                + "  failover: "
                + store
                + " …"
                + e.key().phoneLast4()
                + " "
                + e.message().template()
                + ": AlimTalk not delivered ("
                + e.carrier().firstLeg()
                + "), SENS sent it as "
                + e.message().type()
                + ": "
                + (e.carrier().delivered() ? "delivered" : "failed " + e.carrier().code()));
      }
    }
  }

  /** The record's name, else the booking's, masked; {@code ?} when neither has one. */
  private String maskedName(PlannedAction.SendSms sms, String bookingName) {
    StoredRecord r = state.read(List.of(sms.key())).get(sms.key());
    String name = r == null || r.name().isBlank() ? bookingName : r.name();
    return name == null || name.isBlank() ? "?" : PersonName.masked(name);
  }

  int failedCycles() {
    return failedCycles;
  }

  /**
   * @param accepted messages the simulated SENS accepted: SMS/LMS, AlimTalk
   * @param costs the day's messages as billed beside the same as SMS/LMS only (from the ledger)
   * @param stateFile the demo's SQLite file: its message ledger answers {@code messages list} once
   *     the demo is over
   */
  void summary(
      int acceptedSms,
      int acceptedAlimTalk,
      int telegram,
      int slack,
      CostComparison costs,
      Path logFile,
      Path stateFile) {
    int sent = sentByTemplate.values().stream().mapToInt(Integer::intValue).sum();
    out.println();
    out.println("summary: " + cycles + " cycles, " + failedCycles + " failed");
    out.println(
        "  messages sent: "
            + sent
            + (sentByTemplate.isEmpty() ? "" : " " + sentByTemplate)
            + "; accepted by the simulated SENS: "
            + (acceptedSms + acceptedAlimTalk)
            + " (AlimTalk "
            + acceptedAlimTalk
            + ", SMS/LMS "
            + acceptedSms
            + ")");
    if (!failoversShown.isEmpty()) {
      out.println(
          "  AlimTalk failed over to SMS/LMS (no KakaoTalk): "
              + failoversShown.size()
              + ", each still one message");
    }
    out.println(
        "  cost by channel: "
            + costs.actual().english()
            + " ("
            + costs.actual().table().source()
            + ")");
    out.println(
        "  the same messages as SMS/LMS only: "
            + costs.smsOnly().english()
            + "; this day costs "
            + costs.percent()
            + " of that");
    if (wouldSend > 0 || differences > 0) {
      out.println(
          "  comparison: "
              + wouldSend
              + " messages planned and not sent; "
              + differences
              + " unexpected differences against the legacy algorithm");
    }
    out.println(
        "  skipped (already sent or being sent): "
            + skipped
            + ", failed: "
            + failed
            + ", uncertain: "
            + uncertain);
    out.println("  operator messages: Telegram " + telegram + ", Slack " + slack);
    out.println("  JSON logs and EMF metrics: " + logFile);
    mostMessaged()
        .ifPresent(last4 ->
            out.println(
                "  every message one customer got, with the carrier's result: SQLITE_PATH="
                    + stateFile
                    + " naver-sms messages list --phone "
                    + last4));
  }

  /** The last four digits of the number that got the most messages (the first of equals). */
  private java.util.Optional<String> mostMessaged() {
    return sentByLast4.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .map(Map.Entry::getKey);
  }
}
