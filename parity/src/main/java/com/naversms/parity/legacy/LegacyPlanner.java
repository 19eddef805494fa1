package com.naversms.parity.legacy;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Phone;
import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.Skip;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.Flags;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.template.TemplateContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Python Lambda's decisions (reference 1.6-1.8), re-expressed as a pure planner with a Korean
 * clock so that comparison mode can diff it against the rules. It plans what the legacy did, in the
 * same action shape as the rule planner:
 *
 * <ul>
 *   <li>RC03, no record: create the record (flags false), confirmation + {@code confirm_sms}, and
 *       when {@code start − 2h ≤ now < start} the guide + {@code remind_sms}.
 *   <li>RC03 with a record, {@code remind_sms} false and {@code start − 2h < now < start} (open at
 *       the lower bound, as the legacy computed it): the confirmation if {@code confirm_sms} is
 *       false, then the guide.
 *   <li>RC08 at 20:xx Korean time, with a record, {@code option_sms} false and a review-option
 *       keyword: the event message + {@code option_sms}.
 *   <li>After every message, one Telegram line like the legacy result line (phone masked).
 * </ul>
 *
 * The legacy wrote flags before sending; here flag updates follow their message, as the rules plan
 * them, because comparison matches database operations by booking, operation and flag, not order.
 */
public final class LegacyPlanner {
  public static final String RESERVATION_CHECK = "legacy:reservation_check";
  public static final String OPTION_CHECK = "legacy:option_sms_check";

  /** The legacy hardcoded these; they are not read from the configuration on purpose. */
  public static final List<String> OPTION_KEYWORDS = List.of("네이버", "인스타", "원본");

  static final Duration WINDOW = Duration.ofHours(2);
  private static final int EVENT_HOUR = 20;

  private LegacyPlanner() {}

  public static Plan plan(
      List<Booking> bookings,
      Map<RecordKey, StoredRecord> byKey,
      Instant now,
      Configuration config) {
    LocalDateTime nowLocal = LocalDateTime.ofInstant(now, Booking.SEOUL);
    LegacyMessages messages = new LegacyMessages(config, nowLocal);
    List<Delivery> deliveries = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    // the handler ran reservation_check over the RC03 pass before option_sms_check over RC08
    for (Booking b : bookings) {
      if ("RC03".equals(b.statusCode())) {
        StoredRecord record = byKey.get(key(b));
        Step step = new Step(RESERVATION_CHECK, b, messages, new ArrayList<>(), skipped);
        if (record == null) {
          newBooking(step, now);
        } else {
          existingBooking(step, record, now);
        }
        step.addTo(deliveries);
      }
    }
    if (nowLocal.getHour() == EVENT_HOUR) {
      for (Booking b : bookings) {
        StoredRecord record = byKey.get(key(b));
        if ("RC08".equals(b.statusCode())
            && record != null
            && !record.optionSms()
            && TemplateContext.hasKeyword(b, OPTION_KEYWORDS)) {
          Step step = new Step(OPTION_CHECK, b, messages, new ArrayList<>(), skipped);
          step.send(LegacyMessages.EVENT, Flags.OPTION, "옵션");
          step.addTo(deliveries);
        }
      }
    }
    return new Plan(now, deliveries, skipped, List.of());
  }

  private static void newBooking(Step step, Instant now) {
    Booking b = step.booking();
    Instant start = b.start();
    boolean inWindow = !now.isBefore(start.minus(WINDOW)) && now.isBefore(start);
    StoredRecord record =
        new StoredRecord(
            key(b),
            b.name(),
            b.startLocal().truncatedTo(ChronoUnit.MINUTES),
            false,
            false,
            false,
            "",
            Map.of());
    step.steps().add(new Delivery.WriteRecord(record));
    step.send(LegacyMessages.CONFIRM, Flags.CONFIRM, "예약확정");
    if (inWindow) {
      step.send(LegacyMessages.GUIDE, Flags.REMIND, "안내");
    }
  }

  private static void existingBooking(Step step, StoredRecord record, Instant now) {
    Instant start = step.booking().start();
    boolean inOpenWindow = now.isAfter(start.minus(WINDOW)) && now.isBefore(start);
    if (record.remindSms() || !inOpenWindow) {
      return;
    }
    if (!record.confirmSms()) {
      step.send(LegacyMessages.CONFIRM, Flags.CONFIRM, "예약확정");
    }
    step.send(LegacyMessages.GUIDE, Flags.REMIND, "안내");
  }

  /**
   * The legacy cut every number 3-4-rest, whatever its length (reference 1.4), and looked only that
   * key up: an item the refactor wrote under another form was not found (docs D18).
   */
  public static RecordKey key(Booking b) {
    return RecordKeys.forNewItem(b);
  }

  /** One booking's planning step: collects the steps of its delivery. */
  private record Step(
      String rule,
      Booking booking,
      LegacyMessages messages,
      List<Delivery.Step> steps,
      List<Skip> skipped) {

    /** The booking's delivery, when anything was planned. */
    void addTo(List<Delivery> deliveries) {
      if (!steps.isEmpty()) {
        deliveries.add(
            new Delivery(rule, booking.bookingNum(), booking.storeId(), key(booking), steps));
      }
    }

    /** Message, its flag, then the legacy result line for Telegram. */
    void send(String kind, String flag, String label) {
      Booking b = booking;
      LegacyMessages.Rendered r = messages.render(rule, b, kind, flag);
      if (r.sms() == null) {
        skipped.add(new Skip(rule, b.bookingNum(), b.storeId(), "send_sms " + kind, r.problem()));
        return;
      }
      steps.add(r.sms());
      steps.add(new Delivery.FlagOfSend(flag, true));
      steps.add(new Delivery.Telegram(Phone.masked(b.phone()) + " " + label + " 문자 발송 완료"));
    }
  }
}
