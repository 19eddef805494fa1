package com.naversms.core.plan;

import com.naversms.core.rules.Action;
import com.naversms.core.rules.Rule;
import com.naversms.core.rules.SlotBound;
import com.naversms.core.state.Slots;
import com.naversms.core.template.Template;
import com.naversms.core.template.TemplateException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/** Plans the actions of one rule that fired for one booking, all or nothing. */
final class RuleActions {
  private RuleActions() {}

  /** What planning a fired rule for one booking came to. */
  sealed interface Outcome {
    /**
     * The rule's actions; its skips when explaining (else empty); whether the booking joins the
     * rule's digest; its messages an opt-out holds back. The booking's state holds the rule's
     * claims.
     */
    record Planned(
        List<Delivery.Step> steps,
        List<Skip> skips,
        boolean joinsDigest,
        List<ValueChange> changes,
        List<Withheld> withheld)
        implements Outcome {}

    /** Nothing of the rule is planned and the booking's state is as it was before it. */
    record Failed(String field, String reason) implements Outcome {}
  }

  /**
   * Plans the actions of {@code rule} (whose flags {@code binding} names) for one booking, adding
   * its claims to {@code state}; {@code explain} keeps the skips in words.
   */
  static Outcome plan(
      Rule rule, FlagBinding binding, BookingInput in, BookingState state, boolean explain) {
    return plan(rule, binding, in, state, explain, null);
  }

  /**
   * Plans again the SMS at the action indexes {@code smsToRetry} of a rule that did not fire
   * (docs/rules.md, "Retries"), with the actions that follow it: the {@code update_flag} its
   * delivery sets and the rule's per-booking Telegram/Slack lines. Never the record (it exists),
   * the rule's other SMS and flags, its digest or its events (they ran when the rule fired).
   */
  static Outcome retry(
      Rule rule,
      FlagBinding binding,
      BookingInput in,
      BookingState state,
      boolean explain,
      List<Integer> smsToRetry) {
    return plan(rule, binding, in, state, explain, smsToRetry);
  }

  private static boolean partOfRetry(
      Action action, int i, FlagBinding binding, List<Integer> smsToRetry) {
    return switch (action) {
      case Action.SendSms a -> smsToRetry.contains(i);
      case Action.UpdateFlag a -> smsToRetry.contains(binding.smsOfUpdate().getOrDefault(i, -1));
      case Action.SendTelegram a -> true;
      case Action.SendSlack a -> !a.digest();
      case Action.CreateDbRecord a -> false;
      case Action.LogEvent a -> false;
    };
  }

  /** {@code smsToRetry} null: the whole rule, as when it fires. */
  private static Outcome plan(
      Rule rule,
      FlagBinding binding,
      BookingInput in,
      BookingState state,
      boolean explain,
      List<Integer> smsToRetry) {
    BookingState.Mark mark = state.mark();
    List<Delivery.Step> steps = new ArrayList<>();
    List<Skip> skips = explain ? new ArrayList<>() : List.of();
    List<Integer> droppedSms = new ArrayList<>();
    List<ValueChange> changes = new ArrayList<>();
    List<Withheld> withheld = new ArrayList<>();
    boolean digest = false;
    boolean optedOut = false;
    for (int i = 0; i < rule.actions().size(); i++) {
      Action action = rule.actions().get(i);
      if (smsToRetry != null && !partOfRetry(action, i, binding, smsToRetry)) {
        continue;
      }
      Step step =
          switch (action) {
            case Action.CreateDbRecord a -> createRecord(rule, in, state);
            case Action.SendSms a -> sms(rule, a, binding.flagOfSms().get(i), in, state);
            case Action.UpdateFlag a ->
                droppedSms.contains(binding.smsOfUpdate().getOrDefault(i, -1))
                    ? new Step.Skipped(Step.Why.SMS_NOT_PLANNED, "")
                    : updateFlag(rule, a, in, state);
            case Action.SendTelegram a ->
                render(a.text(), in).map(t -> add(new Delivery.Telegram(t)));
            case Action.SendSlack a when a.digest() -> new Step.JoinDigest();
            case Action.SendSlack a ->
                render(a.text(), in).map(t -> add(new Delivery.Slack(channel(a), t)));
            case Action.LogEvent a ->
                add(new Delivery.LogEvent(a.eventType(), new LinkedHashMap<>(a.params())));
          };
      switch (step) {
        case Step.Add s -> {
          steps.add(s.action());
          changes.addAll(s.changes());
        }
        case Step.Skipped s -> {
          if (explain) {
            skips.add(new Skip(rule.name(), num(in), id(in), ActionText.of(action), s.reason()));
          }
          if (action instanceof Action.SendSms) {
            droppedSms.add(i);
            optedOut |= s.why() == Step.Why.NOT_TO_OPTED_OUT;
          }
          if (s.withheld() != null) {
            withheld.add(
                Withheld.of(rule.name(), in, s.withheld(), Withheld.Why.OPTED_OUT, s.detail()));
          }
        }
        case Step.Broken s -> {
          state.rollback(mark);
          return new Outcome.Failed(
              "actions[" + i + "] " + ActionText.of(action) + " " + s.field(), s.reason());
        }
        case Step.JoinDigest s -> digest = true;
      }
    }
    if (optedOut && steps.stream().noneMatch(Delivery.Send.class::isInstance)) {
      // the rule's only message is an advertisement this number refused: nothing of the rule goes
      // (its operator lines would announce a message that was never sent, every cycle)
      state.rollback(mark);
      return new Outcome.Planned(List.of(), skips, false, List.of(), withheld);
    }
    return new Outcome.Planned(carriedFlags(steps), skips, digest, changes, withheld);
  }

  /**
   * What the rule would send, planned as when it fires ({@code smsToRetry} null) or retries, that
   * quiet hours hold back: the booking's state is left as it was, so later rules plan as if this
   * one planned nothing. A rule that cannot be planned holds nothing back.
   */
  static List<Withheld> deferred(
      Rule rule,
      FlagBinding binding,
      BookingInput in,
      BookingState state,
      List<Integer> smsToRetry,
      String reason) {
    BookingState.Mark mark = state.mark();
    Outcome planned = plan(rule, binding, in, state, false, smsToRetry);
    state.rollback(mark);
    if (!(planned instanceof Outcome.Planned p)) {
      return List.of();
    }
    List<Withheld> held = new ArrayList<>(p.withheld());
    for (Delivery.Step step : p.steps()) {
      if (step instanceof Delivery.Send send) {
        held.add(Withheld.of(rule.name(), in, send, Withheld.Why.QUIET_HOURS, reason));
      }
    }
    return held;
  }

  private static Step createRecord(Rule rule, BookingInput in, BookingState state) {
    if (in.situation().record().isPresent()) {
      return new Step.Skipped(Step.Why.RECORD_EXISTS, "");
    }
    return state
        .claimRecord(rule.name())
        .<Step>map(RuleActions::alreadyBy)
        .orElseGet(() ->
            add(
                new Delivery.WriteRecord(
                    NewRecord.of(
                        in.booking(), in.key(), in.situation().config().optionKeywords()))));
  }

  private static Step sms(
      Rule rule, Action.SendSms a, String flag, BookingInput in, BookingState state) {
    if (SlotBound.isSet(flag, in.situation())) {
      return new Step.Skipped(Step.Why.FLAG_SET, flag);
    }
    String template = SmsPlanning.canonical(a.template());
    var taken = state.smsPlannedBy(template);
    if (taken.isPresent()) {
      return alreadyBy(taken.get());
    }
    Step step = SmsPlanning.plan(rule.name(), a, flag, slotOf(flag, in), in);
    if (step instanceof Step.Add) {
      state.claimSms(template, rule.name());
    }
    return step;
  }

  private static Step updateFlag(
      Rule rule, Action.UpdateFlag a, BookingInput in, BookingState state) {
    return state
        .claimFlag(a.flag(), a.value(), rule.name())
        .<Step>map(RuleActions::alreadyBy)
        .orElseGet(() -> add(new Delivery.WriteFlag(a.flag(), a.value(), slotOf(a.flag(), in))));
  }

  /** The booking's slot when {@code flag} is slot-bound, else null. */
  private static LocalDateTime slotOf(String flag, BookingInput in) {
    return SlotBound.flag(flag, in.situation().config())
        ? Slots.of(in.booking().startLocal())
        : null;
  }

  private static Rendered render(Template template, BookingInput in) {
    try {
      return new Rendered(template.render(in.variables()), null);
    } catch (TemplateException e) {
      return new Rendered(null, template.origin() + ": " + e.getMessage());
    }
  }

  /** A rendered text, or why it could not be rendered. */
  private record Rendered(String text, String error) {
    Step map(java.util.function.Function<String, Step> f) {
      return error == null ? f.apply(text) : new Step.Broken("text", error);
    }
  }

  private static String channel(Action.SendSlack a) {
    return a.channel() == null ? "" : a.channel();
  }

  private static Step alreadyBy(String rule) {
    return new Step.Skipped(Step.Why.ALREADY_PLANNED, rule);
  }

  /**
   * The flag writes of a rule whose flag one of its messages carries become {@link
   * Delivery.FlagOfSend}: the message's delivery sets the flag, never a separate write.
   */
  private static List<Delivery.Step> carriedFlags(List<Delivery.Step> steps) {
    Set<String> sent = new HashSet<>();
    for (Delivery.Step step : steps) {
      if (step instanceof Delivery.Send send) {
        sent.add(send.flag());
      }
    }
    if (sent.isEmpty()) {
      return steps;
    }
    List<Delivery.Step> out = new ArrayList<>(steps.size());
    for (Delivery.Step step : steps) {
      out.add(
          step instanceof Delivery.WriteFlag f && sent.contains(f.flag())
              ? new Delivery.FlagOfSend(f.flag(), f.value())
              : step);
    }
    return out;
  }

  private static Step add(Delivery.Step action) {
    return new Step.Add(action);
  }

  private static String num(BookingInput in) {
    return in.key().bookingNum();
  }

  private static String id(BookingInput in) {
    return in.booking().storeId();
  }
}
