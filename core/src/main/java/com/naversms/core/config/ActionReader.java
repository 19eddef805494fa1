package com.naversms.core.config;

import com.naversms.core.rules.Action;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One action of {@code rules.yaml} ({@code type} + {@code params}), validated. */
final class ActionReader {
  static final List<String> TYPES =
      List.of(
          "create_db_record",
          "send_sms",
          "update_flag",
          "send_telegram",
          "send_slack",
          "log_event");

  private final RuleRefs refs;
  private final Problems p;

  ActionReader(RuleRefs refs) {
    this.refs = refs;
    this.p = refs.problems();
  }

  Optional<Action> read(YamlNode node) {
    Optional<YamlNode.Mapping> m = YamlValues.mapping(node, p);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> type = m.get().get("type").flatMap(t -> YamlValues.nonBlank(t, p));
    if (m.get().get("type").isEmpty()) {
      p.at(node, "missing \"type\"");
    }
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (!TYPES.contains(type.get())) {
      p.atKey(
          m.get(),
          "type",
          "unknown action type \"" + type.get() + "\" (known: " + String.join(", ", TYPES) + ")");
      return Optional.empty();
    }
    Keys.only(m.get(), Set.of("type", "params", "description"), p);
    Params params = Params.of(m.get(), type.get(), p);
    if (type.get().equals("log_event")) {
      return logEvent(params);
    }
    Optional<Action> action =
        switch (type.get()) {
          case "create_db_record" -> Optional.of(new Action.CreateDbRecord());
          case "send_sms" -> sendSms(params);
          case "update_flag" -> updateFlag(params);
          case "send_telegram" -> new MessageParams(refs, params, false).telegram();
          default -> new MessageParams(refs, params, true).slack();
        };
    params.rejectUnknown();
    return action;
  }

  private Optional<Action> sendSms(Params params) {
    Optional<String> template = params.text("template", true);
    boolean storeSpecific = params.bool("store_specific").orElse(false);
    if (template.isPresent() && refs.strict() && !smsTemplateExists(template.get())) {
      YamlNode at = params.node("template").orElseThrow();
      List<String> known = new ArrayList<>(refs.sms().named().keySet());
      if (!refs.sms().guides().isEmpty()) {
        known.add(SmsTemplatesReader.GUIDE);
      }
      Collections.sort(known);
      p.at(
          at,
          "no SMS template \""
              + template.get()
              + "\" in sms_templates.yaml (has: "
              + String.join(", ", known)
              + ")");
      return Optional.empty();
    }
    return template.map(t -> new Action.SendSms(t, storeSpecific));
  }

  private boolean smsTemplateExists(String name) {
    return switch (name) {
      case "confirmation", "confirm", "booking_confirm" ->
          refs.sms().named("booking_confirm").isPresent()
              || refs.sms().named("confirmation").isPresent()
              || refs.sms().named("confirm").isPresent();
      case SmsTemplatesReader.GUIDE -> !refs.sms().guides().isEmpty();
      default -> refs.sms().named(name).isPresent();
    };
  }

  private Optional<Action> updateFlag(Params params) {
    Optional<YamlNode> flagNode = params.node("flag").or(() -> params.node("flag_name"));
    Optional<YamlNode> valueNode = params.node("value").or(() -> params.node("flag_value"));
    if (flagNode.isEmpty()) {
      p.add(
          params.mapping().path(),
          params.mapping().line(),
          "missing parameter \"flag\" for update_flag");
      return Optional.empty();
    }
    Optional<String> flag = FlagNames.read(flagNode.get(), p);
    Optional<Boolean> value =
        valueNode.isEmpty() ? Optional.of(true) : YamlValues.bool(valueNode.get(), p);
    Optional<Boolean> slotBound =
        params.node("slot_bound").map(n -> YamlValues.bool(n, p)).orElse(Optional.of(false));
    return flag.flatMap(
        f -> value.flatMap(v -> slotBound.map(b -> new Action.UpdateFlag(f, v, b))));
  }

  private Optional<Action> logEvent(Params params) {
    Optional<String> eventType = params.text("event_type", true);
    Map<String, String> fields = new LinkedHashMap<>();
    params
        .mapping()
        .values()
        .forEach((key, node) -> {
          if (!key.equals("event_type")) {
            YamlValues.string(node, p).ifPresent(v -> fields.put(key, v));
          }
        });
    return eventType.map(e -> new Action.LogEvent(e, fields));
  }
}
