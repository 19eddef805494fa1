package com.naversms.core.delivery;

import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;

/**
 * One step of a planned delivery and what became of it.
 *
 * @param delivery the delivery the step belongs to; null for an uncertain or exhausted message
 *     found in the store outside the plan
 * @param step the step; null with {@code delivery}
 * @param key the message's claim key for a message or a flag, else null
 * @param origin the rule and template of a message found outside the plan (as its claim recorded
 *     them); for a planned step its delivery's rule and template are used
 */
public record ActionResult(
    Delivery delivery,
    Delivery.Step step,
    MessageKey key,
    Outcome outcome,
    long durationMs,
    MessageOrigin origin) {
  private static final MessageOrigin NONE = new MessageOrigin("", "");

  public ActionResult {
    origin = origin == null ? NONE : origin;
  }

  public ActionResult(
      Delivery delivery, Delivery.Step step, MessageKey key, Outcome outcome, long durationMs) {
    this(delivery, step, key, outcome, durationMs, NONE);
  }

  /** A message found in the store outside the plan. */
  static ActionResult outsidePlan(MessageKey key, Outcome outcome, MessageOrigin origin) {
    return new ActionResult(null, null, key, outcome, 0, origin);
  }

  /** The step as the plan JSON lists it (for reports that print it); null outside the plan. */
  public PlannedAction action() {
    return step == null ? null : PlannedAction.of(delivery, step);
  }

  /** The plan JSON {@code type} of the step. */
  public String type() {
    return switch (step) {
      case null -> "send_sms";
      case Delivery.Send s -> "send_sms";
      case Delivery.FlagOfSend f -> "update_flag";
      case Delivery.WriteFlag f -> "update_flag";
      case Delivery.WriteRecord r -> "create_db_record";
      case Delivery.UpdateRecord r -> "update_record";
      case Delivery.Telegram t -> "send_telegram";
      case Delivery.Slack s -> "send_slack";
      case Delivery.LogEvent e -> "log_event";
    };
  }

  /** The rule that planned the message: the delivery's, else the one its claim recorded. */
  public String rule() {
    return delivery == null ? origin.rule() : delivery.rule();
  }

  /** A message to a customer (planned, or found outside the plan). */
  public boolean isSms() {
    return step == null || step instanceof Delivery.Send;
  }

  public boolean isNotification() {
    return step instanceof Delivery.Notice;
  }
}
