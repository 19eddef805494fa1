package com.naversms.core.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What earlier rules of this cycle already planned for one booking (SMS templates, the record, flag
 * updates), each with the rule that planned it, so nothing is planned twice. A rule's changes are
 * made on a copy and kept only when the whole rule could be planned.
 */
final class BookingState {
  private final Map<String, String> ruleBySms;
  private final Map<String, String> ruleByFlag;
  private String recordRule;

  BookingState() {
    this(new HashMap<>(), new HashMap<>(), null);
  }

  private BookingState(Map<String, String> sms, Map<String, String> flags, String recordRule) {
    this.ruleBySms = sms;
    this.ruleByFlag = flags;
    this.recordRule = recordRule;
  }

  BookingState copy() {
    return new BookingState(new HashMap<>(ruleBySms), new HashMap<>(ruleByFlag), recordRule);
  }

  /** The rule that already planned this SMS template for the booking in this cycle. */
  Optional<String> smsPlannedBy(String template) {
    return Optional.ofNullable(ruleBySms.get(template));
  }

  void claimSms(String template, String rule) {
    ruleBySms.putIfAbsent(template, rule);
  }

  Optional<String> claimFlag(String flag, boolean value, String rule) {
    return Optional.ofNullable(ruleByFlag.putIfAbsent(flag + "=" + value, rule));
  }

  Optional<String> claimRecord(String rule) {
    Optional<String> before = Optional.ofNullable(recordRule);
    if (recordRule == null) {
      recordRule = rule;
    }
    return before;
  }
}
