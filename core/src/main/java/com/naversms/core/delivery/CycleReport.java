package com.naversms.core.delivery;

import com.naversms.core.cost.Billed;
import com.naversms.core.cost.CostTable;
import com.naversms.core.cost.MessageCosts;
import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the executor did with one plan: every action's outcome in plan order (whichever order the
 * lanes ran them in), then the unsettled messages (stale claims, exhausted messages) found outside
 * the plan.
 *
 * @param sendingStopped the SENS gateway's reason when it refused the account's credentials and the
 *     cycle stopped sending, else empty
 */
public record CycleReport(Instant at, List<ActionResult> results, Optional<String> sendingStopped) {
  public CycleReport {
    results = List.copyOf(results);
  }

  public CycleReport(Instant at, List<ActionResult> results) {
    this(at, results, Optional.empty());
  }

  public static CycleReport empty(Instant at) {
    return new CycleReport(at, List.of());
  }

  /** SMS accepted by SENS in this cycle. */
  public int sent() {
    return count(r -> r.isSms() && r.outcome() instanceof Outcome.Sent);
  }

  /** Messages out of attempts, not resolved by an operator: reported every cycle. */
  public int exhausted() {
    return count(r -> r.isSms() && r.outcome() instanceof Outcome.Exhausted);
  }

  /** Messages not sent because SENS refused the account's credentials; no attempt used. */
  public int deferred() {
    return count(r -> r.isSms() && r.outcome() instanceof Outcome.Deferred);
  }

  public List<ActionResult> exhaustedMessages() {
    return results.stream().filter(r -> r.outcome() instanceof Outcome.Exhausted).toList();
  }

  /** SMS whose send failed in this cycle (the flag stays unset). */
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

  /** Telegram and Slack lines not posted (refused, no answer, or not within the notice budget). */
  public int notificationsFailed() {
    return count(r -> r.isNotification() && r.outcome() instanceof Outcome.Failed);
  }

  public int telegramSent() {
    return count(r -> r.step() instanceof Delivery.Telegram && r.outcome() instanceof Outcome.Done);
  }

  public int slackSent() {
    return count(r -> r.step() instanceof Delivery.Slack && r.outcome() instanceof Outcome.Done);
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
      if (r.step() instanceof Delivery.Send send && r.outcome() instanceof Outcome.Sent) {
        byTemplate.merge(send.template(), 1, Integer::sum);
      }
    }
    return byTemplate;
  }

  /**
   * The messages SENS accepted this cycle by the way they were billed, priced by {@code table}: an
   * AlimTalk message as AlimTalk (SENS tells a failover to SMS/LMS only later), an SMS/LMS or an
   * AlimTalk message sent as its SMS/LMS by its type.
   */
  public MessageCosts sentCosts(CostTable table) {
    MessageCosts costs = MessageCosts.none(table);
    for (ActionResult r : results) {
      if (r.step() instanceof Delivery.Send send && r.outcome() instanceof Outcome.Sent sent) {
        Billed billed =
            sent.channel() == Message.Channel.ALIMTALK
                ? Billed.ALIMTALK
                : Billed.ofType(send.message().sms().type().name());
        costs = costs.plus(billed, 1);
      }
    }
    return costs;
  }

  /**
   * True when an action failed, a delivery is uncertain, a message is out of attempts or SENS
   * refused the account's credentials: the run exits 1.
   */
  public boolean hasProblems() {
    return failed() > 0 || uncertain() > 0 || exhausted() > 0 || sendingStopped.isPresent();
  }

  private int count(Predicate<ActionResult> p) {
    return (int) results.stream().filter(p).count();
  }
}
