package com.naversms.core.delivery;

import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;
import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.Withheld;
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
 * Carries out a {@link Plan}'s deliveries against the ports and reports what became of every step.
 * One failing step (an exception from a port) never stops the others. An {@link Error} is not
 * caught: it means the process is going down, and the claims already taken keep every message it
 * may have sent from going twice (with lanes, the other lanes stop before their next action and the
 * Error is rethrown here).
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
  private final MessageDelivery delivery;
  private final ActionRunner runner;
  private final LedgerWrites ledger;

  /** Without a message ledger. */
  public Executor(
      StateStore store,
      MessageSender sender,
      Channels channels,
      EventLog log,
      Metrics metrics,
      Clock clock,
      ExecutionSettings settings) {
    this(store, MessageLedger.none(), sender, channels, log, metrics, clock, settings);
  }

  /**
   * @param ledger where each message's lifecycle is written (docs/state.md 8); in {@link
   *     ExecutionSettings.Mode#SUPPRESSED} a message is recorded {@code suppressed}, so a dry run
   *     passes {@link MessageLedger#none()}
   */
  public Executor(
      StateStore store,
      MessageLedger ledger,
      MessageSender sender,
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
    this.ledger = new LedgerWrites(ledger, log, metrics);
    this.delivery = new MessageDelivery(store, sender, clock, settings, this.ledger);
    this.runner = new ActionRunner(store, log, clock);
  }

  /**
   * With a send concurrency above 1 (live runs only), the deliveries of up to that many bookings
   * run at once, each booking's steps in plan order; the deliveries tied to no booking (digests)
   * run after every booking's, in plan order. The report lists the results in plan order either
   * way; the log lines of different bookings may interleave.
   */
  public CycleReport execute(Plan plan) {
    return execute(plan, CycleLimits.none());
  }

  /**
   * As {@link #execute(Plan)}, within {@code limits}: once they say so, a booking whose steps have
   * not started is skipped (left for the next cycle) while the ones in progress finish.
   */
  public CycleReport execute(Plan plan, CycleLimits limits) {
    PlanSteps steps = PlanSteps.of(plan.deliveries());
    // Per delivery: whether one of its messages went out. Written and read only by the lane that
    // runs the delivery's booking, in step order.
    boolean[] sent = new boolean[steps.deliveryCount()];
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
    ActionResult[] done = new ActionResult[steps.size()];
    Map<Integer, OperatorNotices.Pending> queued = new ConcurrentHashMap<>();
    Set<String> started = ConcurrentHashMap.newKeySet();
    try (OperatorNotices notices = new OperatorNotices(channels, clock)) {
      List<OperatorNotices.Pending> alerts = new java.util.concurrent.CopyOnWriteArrayList<>();
      ChannelRefusals refusals =
          new ChannelRefusals(r -> alerts.addAll(AlimTalkAlerts.raise(r, log, notices)));
      IntConsumer step =
          i -> {
            Delivery d = steps.delivery(i);
            Delivery.Step s = steps.step(i);
            int di = steps.deliveryIndex(i);
            if (leftForNextCycle(d, started, limits)) {
              done[i] = skipped(d, s, "not started: the cycle is stopping (next cycle)");
            } else if (s instanceof Delivery.Notice n && isQueued(d, sent[di])) {
              queued.put(i, post(notices, n));
            } else {
              done[i] = carryOut(d, s, sent, di, stop, refusals);
            }
          };
      if (settings.sendConcurrency() > 1 && live) {
        BookingGroups groups = BookingGroups.of(steps);
        Lanes.run(groups.bookings(), settings.sendConcurrency(), step);
        groups.digests().forEach(step::accept);
      } else {
        for (int i = 0; i < steps.size(); i++) {
          step.accept(i);
        }
      }
      notices.awaitUntil(limits.noticesBy(clock.instant()));
      AlimTalkAlerts.settle(alerts, log, metrics);
      new TreeMap<>(queued)
          .forEach((i, pending) -> {
            done[i] =
                new ActionResult(
                    steps.delivery(i),
                    steps.step(i),
                    null,
                    pending.outcome(),
                    pending.durationMs());
            record(done[i]);
          });
    }
    List<ActionResult> results = new ArrayList<>(Arrays.asList(done));
    recordWithheld(plan, limits);
    if (live) {
      reportUnsettledOutsidePlan(results);
    }
    return new CycleReport(plan.at(), results, stop.reason());
  }

  /**
   * The messages the planner held back, in the message ledger after every send (a cycle that is
   * stopping leaves them to the next one, which plans them again).
   */
  private void recordWithheld(Plan plan, CycleLimits limits) {
    for (Withheld w : plan.withheld()) {
      Instant now = clock.instant();
      if (limits.startsNoMore(now)) {
        return;
      }
      ledger.withheld(w, now);
    }
  }

  /** The one alert of a cycle whose sends SENS refused: an ERROR line and a metric. */
  private void sendingStopped(String gatewayReason) {
    metrics.add(MetricName.SENS_AUTH_FAILURES, 1);
    log.write(SensRefusal.event(gatewayReason));
  }

  /**
   * A booking not started once the limits say stop (live runs only); its later steps follow its
   * first one. Deliveries tied to no booking (digests) touch no customer and still run.
   */
  private boolean leftForNextCycle(Delivery delivery, Set<String> started, CycleLimits limits) {
    String booking = delivery.bookingNum();
    if (settings.mode() != ExecutionSettings.Mode.LIVE
        || !delivery.forBooking()
        || started.contains(booking)) {
      return false;
    }
    if (limits.startsNoMore(clock.instant())) {
      return true;
    }
    started.add(booking);
    return false;
  }

  private ActionResult skipped(Delivery delivery, Delivery.Step step, String reason) {
    ActionResult result =
        new ActionResult(delivery, step, keyOf(delivery, step), new Outcome.Skipped(reason), 0);
    record(result);
    return result;
  }

  /** A live Telegram/Slack line that is due: its delivery sends no message, or one went out. */
  private boolean isQueued(Delivery delivery, boolean sent) {
    return settings.mode() == ExecutionSettings.Mode.LIVE && !waitsForUnsent(delivery, sent);
  }

  /** A notice of a booking's delivery whose message did not go out (yet). */
  private static boolean waitsForUnsent(Delivery delivery, boolean sent) {
    return delivery.forBooking() && delivery.sends() && !sent;
  }

  private static OperatorNotices.Pending post(OperatorNotices notices, Delivery.Notice notice) {
    return switch (notice) {
      case Delivery.Telegram t -> notices.post(OperatorNotices.Channel.TELEGRAM, "", t.text());
      case Delivery.Slack s -> notices.post(OperatorNotices.Channel.SLACK, s.channel(), s.text());
    };
  }

  private ActionResult carryOut(
      Delivery d,
      Delivery.Step step,
      boolean[] sent,
      int index,
      SendingStop stop,
      ChannelRefusals refusals) {
    long started = clock.millis();
    Outcome outcome = run(d, step, sent, index, stop, refusals);
    ActionResult result =
        new ActionResult(d, step, keyOf(d, step), outcome, clock.millis() - started);
    record(result);
    return result;
  }

  private Outcome run(
      Delivery d,
      Delivery.Step step,
      boolean[] sent,
      int index,
      SendingStop stop,
      ChannelRefusals refusals) {
    if (settings.mode() == ExecutionSettings.Mode.SUPPRESSED) {
      if (step instanceof Delivery.Send send && d.forBooking()) {
        ledger.opened(
            d, send, MessageState.SUPPRESSED, 0, "comparison mode: not sent", clock.instant());
      }
      return new Outcome.Suppressed("dry run or comparison mode: not carried out");
    }
    try {
      return switch (step) {
        case Delivery.Send send -> {
          Outcome outcome = delivery.deliver(d, send, stop, refusals);
          if (outcome instanceof Outcome.Sent) {
            sent[index] = true;
          }
          yield outcome;
        }
        case Delivery.FlagOfSend flag ->
            sent[index]
                ? new Outcome.Skipped("set with the SMS delivery")
                : new Outcome.Skipped("left unset: the SMS was not delivered");
        case Delivery.Notice n when waitsForUnsent(d, sent[index]) ->
            new Outcome.Skipped("the rule's SMS was not delivered");
        case Delivery.UpdateRecord u when u.update().cancels() -> {
          Outcome outcome = runner.run(d, step);
          ledger.cancelled(d, "booking cancelled", clock.instant());
          yield outcome;
        }
        default -> runner.run(d, step);
      };
    } catch (RuntimeException e) {
      return new Outcome.Failed(
          e.getClass().getSimpleName(), String.valueOf(e.getMessage()), false);
    }
  }

  private static MessageKey keyOf(Delivery d, Delivery.Step step) {
    return switch (step) {
      case Delivery.Send send -> new MessageKey(d.key(), send.flag());
      case Delivery.FlagOfSend f -> new MessageKey(d.key(), f.flag());
      case Delivery.WriteFlag f -> new MessageKey(d.key(), f.flag());
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
          ActionResult.outsidePlan(u.key(), StaleClaims.outcome(u, now), u.origin());
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
