package com.naversms.core.delivery;

import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the actions of one rule and booking depend on its SMS: the flag that the SMS carries is set
 * by its delivery (never by a separate write), and the operator lines about the SMS are sent only
 * when it went out. Safe for the executor's lanes: the SMS outcomes are recorded in a concurrent
 * set, and each is read only by its own booking's later actions (same lane, after the SMS).
 */
final class PlanLinks {
  private final Set<String> flagsCarried;
  private final Set<String> withSms;
  private final Set<String> smsSent = ConcurrentHashMap.newKeySet();

  private PlanLinks(Set<String> flagsCarried, Set<String> withSms) {
    this.flagsCarried = flagsCarried;
    this.withSms = withSms;
  }

  static PlanLinks of(Plan plan) {
    Set<String> flags = new HashSet<>();
    Set<String> withSms = new HashSet<>();
    for (PlannedAction a : plan.actions()) {
      if (a instanceof PlannedAction.SendSms sms) {
        flags.add(ruleBooking(sms.rule(), sms.bookingNum()) + "|" + sms.flag());
        withSms.add(ruleBooking(sms.rule(), sms.bookingNum()));
      }
    }
    return new PlanLinks(flags, withSms);
  }

  Outcome recordSms(PlannedAction.SendSms sms, Outcome outcome) {
    if (outcome instanceof Outcome.Sent) {
      smsSent.add(ruleBooking(sms.rule(), sms.bookingNum()));
    }
    return outcome;
  }

  boolean carriedBySend(PlannedAction.UpdateFlag flag) {
    return flagsCarried.contains(ruleBooking(flag.rule(), flag.bookingNum()) + "|" + flag.flag());
  }

  boolean smsSent(String rule, String bookingNum) {
    return smsSent.contains(ruleBooking(rule, bookingNum));
  }

  /** A per-booking notification of a rule that also sends an SMS which did not go out. */
  boolean waitsForUndeliveredSms(PlannedAction notification) {
    String rb = ruleBooking(notification.rule(), notification.bookingNum());
    return !notification.bookingNum().isEmpty() && withSms.contains(rb) && !smsSent.contains(rb);
  }

  private static String ruleBooking(String rule, String bookingNum) {
    return rule + "|" + bookingNum;
  }
}
