package com.naversms.core.delivery;

import static com.naversms.core.delivery.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.fakes.InMemoryStateStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.core.observability.MetricName;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Issue 11 items 9 and 12: operator notices beside the sends, and a cycle told to stop. */
class ExecutorLimitsTest {
  static final String STORE = "1051707";
  static final List<Long> IDS = LongStream.rangeClosed(2001, 2012).boxed().toList();

  final Journal journal = new Journal();
  final InMemoryStateStore store = new InMemoryStateStore();
  final RecordingEventLog log = new RecordingEventLog();
  final RecordingMetrics metrics = new RecordingMetrics();
  final CountDownLatch released = new CountDownLatch(1);
  final AtomicInteger hangingCalls = new AtomicInteger();

  /** A Telegram API that never answers: each call waits until it is interrupted. */
  final Notifier hanging =
      (channel, text) -> {
        hangingCalls.incrementAndGet();
        try {
          released.await();
          return new Notifier.Delivery.Delivered();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new Notifier.Delivery.NotDelivered("interrupted while waiting for the answer");
        }
      };

  static Plan confirmations() {
    PlanBuilder plan = aPlan();
    IDS.forEach(id -> plan.confirmation(STORE, id));
    return plan.build();
  }

  CycleReport run(Plan plan, Notifier telegram, int lanes, CycleLimits limits, long pauseMs) {
    PacedSmsSender sender =
        new PacedSmsSender(
            Duration.ofMillis(pauseMs), m -> new SendResult.Accepted("req-" + m.to()), journal);
    return new Executor(
            store,
            sender,
            Channels.of(telegram, journal.notifier("slack")),
            log,
            metrics,
            Clock.systemUTC(),
            ExecutionSettings.live().withSendConcurrency(lanes))
        .execute(plan, limits);
  }

  @Test
  void aHangingTelegram_holdsUpNoSend_andItsLinesFailWithinTheNoticeBudget() {
    CycleLimits limits = new CycleLimits(Instant.MAX, Duration.ofMillis(300), StopSignal.none());
    long started = System.nanoTime();

    CycleReport report = run(confirmations(), hanging, 4, limits, 5);

    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(report.sent()).isEqualTo(IDS.size());
    assertThat(tookMs).isLessThan(3_000);
    assertThat(report.results())
        .filteredOn(r -> r.action() instanceof PlannedAction.SendTelegram)
        .hasSize(IDS.size())
        .extracting(ActionResult::outcome)
        .allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Failed.class));
    assertThat(report.notificationsFailed()).isEqualTo(IDS.size());
    assertThat(metrics.total(MetricName.NOTIFICATIONS_FAILED)).isEqualTo(IDS.size());
    assertThat(hangingCalls).as("one hanging call at a time, then given up").hasValue(1);
    assertThat(store.all().values()).allSatisfy(r -> assertThat(r.confirmSms()).isTrue());
  }

  @Test
  void onlyTheTelegramLinesOfSentSmsAreQueued() {
    store.put(PlanBuilder.aRecordDelivered(PlanBuilder.keyOf(STORE, IDS.getFirst())));

    CycleReport report =
        run(confirmations(), journal.notifier("telegram"), 4, CycleLimits.none(), 1);

    assertThat(journal.about("telegram: ")).hasSize(IDS.size() - 1);
    assertThat(report.notificationsFailed()).isZero();
  }

  @Test
  void aRaisedStop_startsNoNewBooking_andTheOnesInProgressFinishAndAreRecorded() {
    StopSignal stop = StopSignal.none();
    CycleLimits limits = new CycleLimits(Instant.MAX, Duration.ofSeconds(5), stop);
    PacedSmsSender sender =
        new PacedSmsSender(
            Duration.ofMillis(20),
            m -> {
              if (journal.about("sms: ").size() >= 3) {
                stop.raise(Instant.now().plusSeconds(5));
              }
              return new SendResult.Accepted("req-" + m.to());
            },
            journal);
    CycleReport report =
        new Executor(
                store,
                sender,
                Channels.of(journal.notifier("telegram"), null),
                log,
                metrics,
                Clock.systemUTC(),
                ExecutionSettings.live().withSendConcurrency(2))
            .execute(confirmations(), limits);

    int sends = sender.calls();
    assertThat(sends).isBetween(3, 4);
    assertThat(report.sent()).isEqualTo(sends);
    assertThat(store.all().values()).hasSize(sends);
    assertThat(store.all().values())
        .filteredOn(r -> r.confirmSms())
        .as("every accepted send is recorded")
        .hasSize(sends);
    assertThat(store.claims()).isEmpty();
    assertThat(journal.about("telegram: ")).as("the lines of the sends made").hasSize(sends);
    assertThat(report.results())
        .filteredOn(
            r -> r.outcome() instanceof Outcome.Skipped s && s.reason().contains("stopping"))
        .extracting(r -> r.action().bookingNum())
        .doesNotContainAnyElementsOf(
            report.results().stream()
                .filter(r -> r.outcome() instanceof Outcome.Sent)
                .map(r -> r.action().bookingNum())
                .toList());
  }

  @Test
  void aStopRaisedBeforehand_sendsNothing() {
    StopSignal stop = StopSignal.none();
    stop.raise(Instant.now().plusSeconds(5));

    CycleReport report =
        run(
            confirmations(),
            journal.notifier("telegram"),
            4,
            new CycleLimits(Instant.MAX, Duration.ofSeconds(1), stop),
            1);

    assertThat(report.sent()).isZero();
    assertThat(journal.entries()).isEmpty();
    assertThat(store.all()).isEmpty();
    assertThat(report.skipped()).isEqualTo(report.results().size());
  }

  @Test
  void pastTheDeadline_noNewBookingStarts() {
    CycleLimits past =
        new CycleLimits(Instant.now().minusSeconds(1), Duration.ofSeconds(1), StopSignal.none());

    CycleReport report = run(confirmations(), journal.notifier("telegram"), 1, past, 1);

    assertThat(report.sent()).isZero();
    assertThat(store.all()).isEmpty();
  }
}
