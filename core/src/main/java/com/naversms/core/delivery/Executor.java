package com.naversms.core.delivery;

import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.state.ClaimWindow;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.Unsettled;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Carries out a {@link Plan} against the ports and reports what became of every action. One failing
 * action (an exception from a port) never stops the others. An {@link Error} is not caught: it
 * means the process is going down, and the claims already taken keep every message it may have sent
 * from going twice (with lanes, the other lanes stop before their next action and the Error is
 * rethrown here).
 *
 * <p>With {@link ExecutionSettings#sendConcurrency()} above 1 the ports are called from several
 * threads at once and must be thread safe (every adapter and fake of this project is).
 *
 * <p>Customer sends never wait on an operator channel: the Telegram and Slack lines are queued to
 * {@link OperatorNotices} (posted beside the sends, one thread per channel) and waited for after
 * the last send, within the {@link CycleLimits}' notice budget; one not posted by then is a failed
 * action, never retried.
 */
public final class Executor {
  private final StateStore store;
  private final Channels channels;
  private final EventLog log;
  private final Metrics metrics;
  private final Clock clock;
  private final ExecutionSettings settings;
  private final SmsDelivery delivery;
  private final ActionRunner runner;

  public Executor(
      StateStore store,
      SmsSender sender,
      Channels channels,
      EventLog log,
      Metrics metrics,
      Clock clock,
      ExecutionSettings settings) {
    this.store = store;
    this.channels = channels;
    this.log = log;
    this.metrics = metrics;
    this.clock = clock;
    this.settings = settings;
    this.delivery = new SmsDelivery(store, sender, clock, settings);
    this.runner = new ActionRunner(store, log, clock);
  }

  /**
   * With a send concurrency above 1 (live runs only), the actions of up to that many bookings run
   * at once, each booking's actions in plan order; the actions tied to no booking (digests) run
   * after every booking's, in plan order. The report lists the results in plan order either way;
   * the log lines of different bookings may interleave.
   */
  public CycleReport execute(Plan plan) {
    return execute(plan, CycleLimits.none());
  }

  /**
   * As {@link #execute(Plan)}, within {@code limits}: once they say so, a booking whose actions
   * have not started is skipped (left for the next cycle) while the ones in progress finish.
   */
  public CycleReport execute(Plan plan, CycleLimits limits) {
    PlanLinks links = PlanLinks.of(plan);
    List<PlannedAction> actions = plan.actions();
    boolean live = settings.mode() == ExecutionSettings.Mode.LIVE;
    if (live) {
      // every cycle, so that an alarm on them sees zeros too
      metrics.add(MetricName.SMS_EXHAUSTED, 0);
      metrics.add(MetricName.SENS_AUTH_FAILURES, 0);
      metrics.add(MetricName.NOTIFICATIONS_FAILED, 0);
    }
    SendingStop stop = new SendingStop(this::sendingStopped);
    // Written by the lanes; Lanes.run returns only after every lane is done (Future.get), which
    // makes every write visible here.
    ActionResult[] done = new ActionResult[actions.size()];
    Map<Integer, OperatorNotices.Pending> queued = new ConcurrentHashMap<>();
    Set<String> started = ConcurrentHashMap.newKeySet();
    try (OperatorNotices notices = new OperatorNotices(channels, clock)) {
      IntConsumer step =
          i -> {
            PlannedAction action = actions.get(i);
            if (leftForNextCycle(action, started, limits)) {
              done[i] = skipped(action, "not started: the cycle is stopping (next cycle)");
            } else if (isQueuedNotice(action, links)) {
              queued.put(i, post(notices, action));
            } else {
              done[i] = carryOut(action, links, stop);
            }
          };
      if (settings.sendConcurrency() > 1 && live) {
        BookingGroups groups = BookingGroups.of(actions);
        Lanes.run(groups.bookings(), settings.sendConcurrency(), step);
        groups.digests().forEach(step::accept);
      } else {
        for (int i = 0; i < actions.size(); i++) {
          step.accept(i);
        }
      }
      notices.awaitUntil(limits.noticesBy(clock.instant()));
      new TreeMap<>(queued)
          .forEach((i, pending) -> {
            done[i] =
                new ActionResult(actions.get(i), null, pending.outcome(), pending.durationMs());
            record(done[i]);
          });
    }
    List<ActionResult> results = new ArrayList<>(Arrays.asList(done));
    if (live) {
      reportUnsettledOutsidePlan(results);
    }
    return new CycleReport(plan.at(), results, stop.reason());
  }

  /** The one alert of a cycle whose sends SENS refused: an ERROR line and a metric. */
  private void sendingStopped(String gatewayReason) {
    metrics.add(MetricName.SENS_AUTH_FAILURES, 1);
    log.write(SensRefusal.event(gatewayReason));
  }

  /**
   * A booking not started once the limits say stop (live runs only); its later actions follow its
   * first one. Actions tied to no booking (digests, events) touch no customer and still run.
   */
  private boolean leftForNextCycle(PlannedAction action, Set<String> started, CycleLimits limits) {
    String booking = action.bookingNum();
    if (settings.mode() != ExecutionSettings.Mode.LIVE
        || booking == null
        || booking.isEmpty()
        || started.contains(booking)) {
      return false;
    }
    if (limits.startsNoMore(clock.instant())) {
      return true;
    }
    started.add(booking);
    return false;
  }

  private ActionResult skipped(PlannedAction action, String reason) {
    ActionResult result = new ActionResult(action, keyOf(action), new Outcome.Skipped(reason), 0);
    record(result);
    return result;
  }

  /** A live Telegram/Slack line that is due (its rule's SMS, if any, went out). */
  private boolean isQueuedNotice(PlannedAction action, PlanLinks links) {
    return settings.mode() == ExecutionSettings.Mode.LIVE
        && (action instanceof PlannedAction.SendTelegram
            || action instanceof PlannedAction.SendSlack)
        && !links.waitsForUndeliveredSms(action);
  }

  private static OperatorNotices.Pending post(OperatorNotices notices, PlannedAction action) {
    return switch (action) {
      case PlannedAction.SendTelegram t ->
          notices.post(OperatorNotices.Channel.TELEGRAM, "", t.text());
      case PlannedAction.SendSlack s ->
          notices.post(OperatorNotices.Channel.SLACK, s.channel(), s.text());
      default -> throw new IllegalArgumentException("not a notice: " + action.type());
    };
  }

  private ActionResult carryOut(PlannedAction action, PlanLinks links, SendingStop stop) {
    long started = clock.millis();
    Outcome outcome = run(action, links, stop);
    ActionResult result =
        new ActionResult(action, keyOf(action), outcome, clock.millis() - started);
    record(result);
    return result;
  }

  private Outcome run(PlannedAction action, PlanLinks links, SendingStop stop) {
    if (settings.mode() == ExecutionSettings.Mode.SUPPRESSED) {
      return new Outcome.Suppressed("dry run or comparison mode: not carried out");
    }
    try {
      return switch (action) {
        case PlannedAction.SendSms sms -> links.recordSms(sms, delivery.deliver(sms, stop));
        case PlannedAction.UpdateFlag flag when links.carriedBySend(flag) ->
            links.smsSent(flag.rule(), flag.bookingNum())
                ? new Outcome.Skipped("set with the SMS delivery")
                : new Outcome.Skipped("left unset: the SMS was not delivered");
        case PlannedAction.SendTelegram t when links.waitsForUndeliveredSms(t) ->
            new Outcome.Skipped("the rule's SMS was not delivered");
        case PlannedAction.SendSlack s when links.waitsForUndeliveredSms(s) ->
            new Outcome.Skipped("the rule's SMS was not delivered");
        default -> runner.run(action);
      };
    } catch (RuntimeException e) {
      return new Outcome.Failed(
          e.getClass().getSimpleName(), String.valueOf(e.getMessage()), false);
    }
  }

  private static MessageKey keyOf(PlannedAction action) {
    return switch (action) {
      case PlannedAction.SendSms sms -> SmsDelivery.keyOf(sms);
      case PlannedAction.UpdateFlag u -> new MessageKey(u.key(), u.flag());
      default -> null;
    };
  }

  private void reportUnsettledOutsidePlan(List<ActionResult> results) {
    List<Unsettled> unsettled;
    Instant now = clock.instant();
    try {
      unsettled =
          store.unsettled(
              ClaimWindow.around(now, settings.staleClaimAfter()), settings.maxAttempts());
    } catch (RuntimeException e) {
      log.write(StaleClaims.lookupFailed(e));
      return;
    }
    for (Unsettled u : StaleClaims.notReported(unsettled, results)) {
      ActionResult result =
          new ActionResult(null, u.key(), StaleClaims.outcome(u, now), 0, u.origin());
      results.add(result);
      record(result);
    }
  }

  /** Logs and counts one result; called once per action, from whichever lane ran it. */
  private void record(ActionResult result) {
    log.write(ActionEvents.of(result));
    if (result.isNotification() && result.outcome() instanceof Outcome.Failed) {
      metrics.add(MetricName.NOTIFICATIONS_FAILED, 1);
    }
    if (result.isSms()) {
      switch (result.outcome()) {
        case Outcome.Sent s -> metrics.add(MetricName.SMS_SENT, 1);
        case Outcome.Failed f -> metrics.add(MetricName.SMS_FAILED, 1);
        case Outcome.Uncertain u -> metrics.add(MetricName.UNCERTAIN_DELIVERIES, 1);
        case Outcome.Exhausted x -> metrics.add(MetricName.SMS_EXHAUSTED, 1);
        default -> {}
      }
    }
  }
}
