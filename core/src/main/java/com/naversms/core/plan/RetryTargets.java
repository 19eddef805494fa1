package com.naversms.core.plan;

import com.naversms.core.rules.Action;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Rule;
import com.naversms.core.rules.Situation;
import com.naversms.core.rules.SlotBound;
import com.naversms.core.state.DeliveryAttributes;
import com.naversms.core.state.Slots;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code send_sms} actions of one rule and the record attributes that say whether one of them
 * is due again (docs/rules.md, "Retries"): its flag is unset, the store recorded that this rule
 * claimed it (and with this template), nobody holds a claim on it now, and the booking is still
 * confirmed (never a cancelled booking) with its slot ahead; a slot-bound message only for the slot
 * its last claim was for. The names are worked out once per plan, not per booking.
 */
final class RetryTargets {
  private static final List<String> LIVE_STATUSES = List.of("RC03", "RC08");

  private record Target(
      int index, String flag, String template, DeliveryAttributes names, boolean slotBound) {}

  private final List<Target> targets;

  private RetryTargets(List<Target> targets) {
    this.targets = targets;
  }

  static RetryTargets of(Rule rule, FlagBinding binding, Configuration config) {
    List<Target> targets = new ArrayList<>();
    List<Action> actions = rule.actions();
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i) instanceof Action.SendSms sms) {
        String flag = binding.flagOfSms().get(i);
        targets.add(
            new Target(
                i,
                flag,
                SmsPlanning.canonical(sms.template()),
                new DeliveryAttributes(flag),
                SlotBound.flag(flag, config)));
      }
    }
    return new RetryTargets(List.copyOf(targets));
  }

  /** The retries due for this booking: the action index of each SMS to plan again. */
  List<Retry> due(Rule rule, Situation s) {
    if (targets.isEmpty() || s.record().isEmpty() || !rule.enabled()) {
      return List.of();
    }
    StoredRecord r = s.record().get();
    Map<String, Object> extra = r.extra();
    if (extra.isEmpty() || !bookingStillAhead(s)) {
      return List.of();
    }
    List<Retry> due = new ArrayList<>();
    for (Target t : targets) {
      if (!rule.name().equals(extra.get(t.names().rule()))
          || r.flag(t.flag())
          || extra.containsKey(t.names().claimedAt())
          || !templateMatches(extra.get(t.names().template()), t.template())
          || (t.slotBound() && !lastClaimForThisSlot(r, t, s))) {
        continue;
      }
      due.add(
          new Retry(
              rule.name(),
              r.key().bookingNum(),
              s.booking().storeId(),
              t.flag(),
              t.template(),
              attempts(extra.get(t.names().attempts())),
              "not delivered before: planned again"));
    }
    return due;
  }

  /** Action indexes of the SMS of {@code retries}. */
  List<Integer> indexes(List<Retry> retries) {
    List<Integer> out = new ArrayList<>();
    for (Target t : targets) {
      for (Retry r : retries) {
        if (r.flag().equals(t.flag())) {
          out.add(t.index());
        }
      }
    }
    return out;
  }

  private static boolean bookingStillAhead(Situation s) {
    Instant now = s.now();
    return LIVE_STATUSES.contains(s.booking().statusCode()) && now.isBefore(s.booking().start());
  }

  /**
   * A slot-bound message is planned again only for the slot its last claim was for ({@code
   * {flag}_claim_slot}, else the record's {@code booking_time}): after a reschedule the rule itself
   * decides when the new slot's message is due (docs/rules.md, "Reschedules").
   */
  private static boolean lastClaimForThisSlot(StoredRecord r, Target t, Situation s) {
    Object claimed = r.extra().get(t.names().claimSlot());
    var slot =
        claimed != null
            ? Slots.parse(claimed)
            : java.util.Optional.ofNullable(r.bookingTime()).map(Slots::of);
    return slot.isPresent() && slot.get().equals(Slots.of(s.booking().startLocal()));
  }

  /** A record written before templates were recorded names none: any template matches. */
  private static boolean templateMatches(Object recorded, String template) {
    return recorded == null || recorded.toString().isEmpty() || recorded.equals(template);
  }

  private static int attempts(Object value) {
    return value instanceof Number n ? n.intValue() : 0;
  }
}
