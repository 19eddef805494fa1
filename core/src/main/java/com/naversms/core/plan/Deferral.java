package com.naversms.core.plan;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.Action;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.QuietWindow;
import com.naversms.core.rules.Rule;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule deferred by quiet hours at the plan's instant (docs/rules.md, "Quiet hours"): whose
 * conditions hold plans no action at all in this cycle, and is evaluated again in the first cycle
 * after the window, so a message still due then is sent once and one no longer due (a guide whose
 * slot has passed) is not. A rule keeps the window of its {@code quiet_hours} (or the file's); one
 * that sends an advertising message also keeps {@link QuietWindow#ADVERTISING}, whatever its {@code
 * quiet_hours} says.
 *
 * @param reason what {@code plan --explain} prints, e.g. {@code deferred by quiet hours until
 *     08:00}
 */
record Deferral(String reason) {
  /** The skip's condition in {@code plan --explain}. */
  static final String CONDITION = "quiet_hours";

  /**
   * Each rule's deferral at {@code now}, by rule index; null where the rule is not deferred. Worked
   * out once per plan: the instant is the same for every booking.
   */
  static Deferral[] of(List<Rule> rules, Configuration config, Instant now) {
    LocalTime t = LocalTime.ofInstant(now, Booking.SEOUL);
    Deferral[] out = new Deferral[rules.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = of(rules.get(i), config, t);
    }
    return out;
  }

  private static Deferral of(Rule rule, Configuration config, LocalTime t) {
    List<QuietWindow> windows = new ArrayList<>();
    rule.quietHours().window(config.quietHours()).ifPresent(windows::add);
    boolean own = !windows.isEmpty() && windows.get(0).contains(t);
    boolean advertising = advertises(rule, config) && QuietWindow.ADVERTISING.contains(t);
    if (!own && !advertising) {
      return null;
    }
    if (advertises(rule, config)) {
      windows.add(QuietWindow.ADVERTISING);
    }
    String reason = "deferred by quiet hours until " + until(windows, t);
    if (advertising) {
      reason +=
          ": the rule sends an advertising message, never sent between "
              + QuietWindow.ADVERTISING.start()
              + " and "
              + QuietWindow.ADVERTISING.endText()
              + " whatever the rule's quiet_hours";
    }
    return new Deferral(reason);
  }

  /** The first time from {@code t} on that no window holds (windows may follow one another). */
  private static String until(List<QuietWindow> windows, LocalTime t) {
    QuietWindow last = null;
    LocalTime at = t;
    for (int step = 0; step <= windows.size(); step++) {
      QuietWindow holding = null;
      for (QuietWindow w : windows) {
        if (w.contains(at)) {
          holding = w;
          break;
        }
      }
      if (holding == null) {
        break;
      }
      last = holding;
      at = holding.end();
    }
    return last == null ? "" : last.endText();
  }

  /** Whether one of the rule's {@code send_sms} uses an advertising template. */
  static boolean advertises(Rule rule, Configuration config) {
    for (Action action : rule.actions()) {
      if (action instanceof Action.SendSms sms
          && SmsPlanning.advertising(sms.template(), config.smsTemplates())) {
        return true;
      }
    }
    return false;
  }
}
