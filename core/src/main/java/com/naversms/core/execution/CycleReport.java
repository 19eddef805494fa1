package com.naversms.core.execution;

import com.naversms.core.plan.PlannedAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the executor did with one plan: every action's outcome in plan order (whichever order the
 * lanes ran them in), then the stale claims found outside the plan.
 */
public record CycleReport(Instant at, List<ActionResult> results) {
  public CycleReport {
    results = List.copyOf(results);
  }

  public static CycleReport empty(Instant at) {
    return new CycleReport(at, List.of());
  }

  /** SMS accepted by SENS in this cycle. */
  public int sent() {
    return count(r -> r.isSms() && r.outcome() instanceof Outcome.Sent);
  }

  /** SMS whose send failed (the flag stays unset). */
  public int smsFailed() {
    return count(r -> r.isSms() && r.outcome() instanceof Outcome.Failed);
  }

  /** Actions of any type that failed. */
  public int failed() {
    return count(r -> r.outcome() instanceof Outcome.Failed);
  }

  public int skipped() {
    return count(r -> r.outcome() instanceof Outcome.Skipped);
  }

  public int uncertain() {
    return count(r -> r.outcome() instanceof Outcome.Uncertain);
  }

  /** Actions a dry run or comparison run would have carried out. */
  public int suppressed() {
    return count(r -> r.outcome() instanceof Outcome.Suppressed);
  }

  /** Telegram and Slack messages delivered. */
  public int notifications() {
    return count(r -> r.isNotification() && r.outcome() instanceof Outcome.Done);
  }

  public int telegramSent() {
    return count(r ->
        r.action() instanceof PlannedAction.SendTelegram && r.outcome() instanceof Outcome.Done);
  }

  public int slackSent() {
    return count(
        r -> r.action() instanceof PlannedAction.SendSlack && r.outcome() instanceof Outcome.Done);
  }

  public List<ActionResult> failures() {
    return results.stream().filter(r -> r.outcome() instanceof Outcome.Failed).toList();
  }

  public List<ActionResult> uncertainDeliveries() {
    return results.stream().filter(r -> r.outcome() instanceof Outcome.Uncertain).toList();
  }

  /** Sent SMS per template name, sorted by name. */
  public Map<String, Integer> sentByTemplate() {
    Map<String, Integer> byTemplate = new TreeMap<>();
    for (ActionResult r : results) {
      if (r.action() instanceof PlannedAction.SendSms sms && r.outcome() instanceof Outcome.Sent) {
        byTemplate.merge(sms.template(), 1, Integer::sum);
      }
    }
    return byTemplate;
  }

  /** True when an action failed or a delivery is uncertain: the run exits 1. */
  public boolean hasProblems() {
    return failed() > 0 || uncertain() > 0;
  }

  private int count(Predicate<ActionResult> p) {
    return (int) results.stream().filter(p).count();
  }
}
