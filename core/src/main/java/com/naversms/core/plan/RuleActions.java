package com.naversms.core.plan;

import com.naversms.core.rules.Action;
import com.naversms.core.rules.Rule;
import com.naversms.core.template.Template;
import com.naversms.core.template.TemplateException;
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
    /** The rule's actions; {@code state} replaces the booking's state; digest when it joins. */
    record Planned(
        List<PlannedAction> actions, List<Skip> skips, boolean joinsDigest, BookingState state)
        implements Outcome {}

    record Failed(String field, String reason) implements Outcome {}
  }

  static Outcome plan(Rule rule, BookingInput in, BookingState before) {
    BookingState state = before.copy();
    FlagBinding binding = FlagBinding.of(rule.actions());
    List<PlannedAction> actions = new ArrayList<>();
    List<Skip> skips = new ArrayList<>();
    Set<Integer> droppedSms = new HashSet<>();
    boolean digest = false;
    for (int i = 0; i < rule.actions().size(); i++) {
      Action action = rule.actions().get(i);
      Step step =
          switch (action) {
            case Action.CreateDbRecord a -> createRecord(rule, in, state);
            case Action.SendSms a -> sms(rule, a, binding.flagOfSms().get(i), in, state);
            case Action.UpdateFlag a ->
                droppedSms.contains(binding.smsOfUpdate().getOrDefault(i, -1))
                    ? new Step.Skipped(
                        ActionText.of(a), "the send_sms whose flag this sets is not planned")
                    : updateFlag(rule, a, in, state);
            case Action.SendTelegram a ->
                render(a.text(), in)
                    .map(t -> add(new PlannedAction.SendTelegram(rule.name(), num(in), id(in), t)));
            case Action.SendSlack a when a.digest() -> new Step.JoinDigest();
            case Action.SendSlack a ->
                render(a.text(), in)
                    .map(t ->
                        add(
                            new PlannedAction.SendSlack(
                                rule.name(), num(in), id(in), channel(a), t)));
            case Action.LogEvent a ->
                add(
                    new PlannedAction.LogEvent(
                        rule.name(),
                        num(in),
                        id(in),
                        a.eventType(),
                        new LinkedHashMap<>(a.params())));
          };
      switch (step) {
        case Step.Add s -> actions.add(s.action());
        case Step.Skipped s -> {
          skips.add(new Skip(rule.name(), num(in), id(in), s.action(), s.reason()));
          if (action instanceof Action.SendSms) {
            droppedSms.add(i);
          }
        }
        case Step.Broken s -> {
          return new Outcome.Failed(
              "actions[" + i + "] " + ActionText.of(action) + " " + s.field(), s.reason());
        }
        case Step.JoinDigest s -> digest = true;
      }
    }
    return new Outcome.Planned(actions, skips, digest, state);
  }

  private static Step createRecord(Rule rule, BookingInput in, BookingState state) {
    if (in.situation().record().isPresent()) {
      return new Step.Skipped("create_db_record", "a record already exists");
    }
    return state
        .claimRecord(rule.name())
        .<Step>map(r -> new Step.Skipped("create_db_record", alreadyBy(r)))
        .orElseGet(() ->
            add(
                new PlannedAction.CreateDbRecord(
                    rule.name(),
                    num(in),
                    id(in),
                    NewRecord.of(in.booking(), in.situation().config().optionKeywords()))));
  }

  private static Step sms(
      Rule rule, Action.SendSms a, String flag, BookingInput in, BookingState state) {
    String label = ActionText.of(a);
    if (in.situation().record().map(r -> r.flag(flag)).orElse(false)) {
      return new Step.Skipped(label, "its flag " + flag + " is already set: sent before");
    }
    String template = SmsPlanning.canonical(a.template());
    var taken = state.smsPlannedBy(template);
    if (taken.isPresent()) {
      return new Step.Skipped(label, alreadyBy(taken.get()));
    }
    Step step = SmsPlanning.plan(rule.name(), a, flag, in);
    if (step instanceof Step.Add) {
      state.claimSms(template, rule.name());
    }
    return step;
  }

  private static Step updateFlag(
      Rule rule, Action.UpdateFlag a, BookingInput in, BookingState state) {
    return state
        .claimFlag(a.flag(), a.value(), rule.name())
        .<Step>map(r -> new Step.Skipped(ActionText.of(a), alreadyBy(r)))
        .orElseGet(() ->
            add(
                new PlannedAction.UpdateFlag(
                    rule.name(), num(in), id(in), in.key(), a.flag(), a.value())));
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

  private static String alreadyBy(String rule) {
    return "already planned by rule '" + rule + "' in this cycle";
  }

  private static Step add(PlannedAction action) {
    return new Step.Add(action);
  }

  private static String num(BookingInput in) {
    return in.booking().bookingNum();
  }

  private static String id(BookingInput in) {
    return in.booking().storeId();
  }
}
