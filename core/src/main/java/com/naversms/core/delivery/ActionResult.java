package com.naversms.core.delivery;

import com.naversms.core.plan.PlannedAction;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;

/**
 * One planned action and what became of it.
 *
 * @param action null for an uncertain or exhausted message found in the store outside the plan
 * @param key the message's claim key for an SMS, else null
 * @param origin the rule and template of a message found outside the plan (as its claim recorded
 *     them); for a planned action its own rule and template are used
 */
public record ActionResult(
    PlannedAction action, MessageKey key, Outcome outcome, long durationMs, MessageOrigin origin) {
  private static final MessageOrigin NONE = new MessageOrigin("", "");

  public ActionResult {
    origin = origin == null ? NONE : origin;
  }

  public ActionResult(PlannedAction action, MessageKey key, Outcome outcome, long durationMs) {
    this(action, key, outcome, durationMs, NONE);
  }

  /** The plan JSON {@code type} of the action. */
  public String type() {
    return action == null ? "send_sms" : action.type();
  }

  /** The rule that planned the message: the action's, else the one its claim recorded. */
  public String rule() {
    return action == null ? origin.rule() : action.rule();
  }

  public boolean isSms() {
    return action == null || action instanceof PlannedAction.SendSms;
  }

  public boolean isNotification() {
    return action instanceof PlannedAction.SendTelegram
        || action instanceof PlannedAction.SendSlack;
  }
}
