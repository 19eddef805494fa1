package com.naversms.core.delivery;

import com.naversms.core.plan.PlannedAction;
import com.naversms.core.state.MessageKey;

/**
 * One planned action and what became of it.
 *
 * @param action null for an uncertain delivery found among stale claims outside the plan
 * @param key the message's claim key for an SMS, else null
 */
public record ActionResult(PlannedAction action, MessageKey key, Outcome outcome, long durationMs) {

  /** The plan JSON {@code type} of the action. */
  public String type() {
    return action == null ? "send_sms" : action.type();
  }

  public boolean isSms() {
    return action == null || action instanceof PlannedAction.SendSms;
  }

  public boolean isNotification() {
    return action instanceof PlannedAction.SendTelegram
        || action instanceof PlannedAction.SendSlack;
  }
}
