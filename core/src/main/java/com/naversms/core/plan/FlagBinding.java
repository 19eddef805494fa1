package com.naversms.core.plan;

import com.naversms.core.rules.Action;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which flag guards each {@code send_sms} of a rule. Each {@code send_sms} binds the nearest
 * following {@code update_flag ... value: true} that no earlier {@code send_sms} bound; when there
 * is none, it gets a custom flag {@code custom_<template>_sms}, so every SMS goes at most once.
 *
 * @param flagOfSms action index of a {@code send_sms} → its flag
 * @param smsOfUpdate action index of a bound {@code update_flag} → index of its {@code send_sms}
 */
record FlagBinding(Map<Integer, String> flagOfSms, Map<Integer, Integer> smsOfUpdate) {

  static FlagBinding of(List<Action> actions) {
    Map<Integer, String> flagOfSms = new HashMap<>();
    Map<Integer, Integer> smsOfUpdate = new HashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i) instanceof Action.SendSms sms) {
        Optional<Integer> update = nextFreeUpdate(actions, i, smsOfUpdate);
        if (update.isPresent()) {
          smsOfUpdate.put(update.get(), i);
          flagOfSms.put(i, ((Action.UpdateFlag) actions.get(update.get())).flag());
        } else {
          flagOfSms.put(i, customFlag(SmsPlanning.canonical(sms.template())));
        }
      }
    }
    return new FlagBinding(Map.copyOf(flagOfSms), Map.copyOf(smsOfUpdate));
  }

  /** The flag of an SMS sent by a rule that sets none itself. */
  static String customFlag(String template) {
    return "custom_" + template + "_sms";
  }

  private static Optional<Integer> nextFreeUpdate(
      List<Action> actions, int from, Map<Integer, Integer> taken) {
    for (int j = from + 1; j < actions.size(); j++) {
      if (actions.get(j) instanceof Action.UpdateFlag u && u.value() && !taken.containsKey(j)) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }
}
