package com.naversms.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What earlier rules of this cycle already planned for one booking (SMS templates, the record, flag
 * updates), each with the rule that planned it, so nothing is planned twice. A rule's changes are
 * kept only when the whole rule could be planned: {@link #mark()} before it, {@link
 * #rollback(Mark)} when it fails.
 *
 * <p>Claims are short lists, not maps: a booking collects a handful, and the planner builds one
 * state per booking (issue 7: copying maps per rule was a tenth of the planner's allocation).
 */
final class BookingState {
  private final List<Claim> sms = new ArrayList<>();
  private final List<Claim> flags = new ArrayList<>();
  private String recordRule;

  /** The state's size at one moment, to roll back to. */
  record Mark(int sms, int flags, String recordRule) {}

  private record Claim(String name, boolean value, String rule) {}

  Mark mark() {
    return new Mark(sms.size(), flags.size(), recordRule);
  }

  /** Forgets every claim made since {@code mark}. */
  void rollback(Mark mark) {
    sms.subList(mark.sms(), sms.size()).clear();
    flags.subList(mark.flags(), flags.size()).clear();
    recordRule = mark.recordRule();
  }

  /** The rule that already planned this SMS template for the booking in this cycle. */
  Optional<String> smsPlannedBy(String template) {
    return find(sms, template, true);
  }

  void claimSms(String template, String rule) {
    if (smsPlannedBy(template).isEmpty()) {
      sms.add(new Claim(template, true, rule));
    }
  }

  /**
   * The rule that already planned this flag update, or empty after claiming it for {@code rule}.
   */
  Optional<String> claimFlag(String flag, boolean value, String rule) {
    Optional<String> before = find(flags, flag, value);
    if (before.isEmpty()) {
      flags.add(new Claim(flag, value, rule));
    }
    return before;
  }

  /** The rule that already planned the record, or empty after claiming it for {@code rule}. */
  Optional<String> claimRecord(String rule) {
    Optional<String> before = Optional.ofNullable(recordRule);
    if (recordRule == null) {
      recordRule = rule;
    }
    return before;
  }

  private static Optional<String> find(List<Claim> claims, String name, boolean value) {
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.value() == value && c.name().equals(name)) {
        return Optional.of(c.rule());
      }
    }
    return Optional.empty();
  }
}
