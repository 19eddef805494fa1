package com.naversms.core.delivery;

import static com.naversms.core.delivery.PlanBuilder.aPlan;
import static com.naversms.core.delivery.PlanBuilder.keyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.fakes.FaultyStateStore;
import com.naversms.core.fakes.InMemoryStateStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.core.observability.MetricName;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.state.StateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The executor with several bookings at a time (send concurrency above 1). */
class ExecutorLanesTest {
  static final String STORE = "1051707";
  static final List<Long> IDS = IntStream.rangeClosed(1001, 1030).mapToObj(i -> (long) i).toList();

  final Journal journal = new Journal();
  final InMemoryStateStore store = new InMemoryStateStore();
  final RecordingEventLog log = new RecordingEventLog();
  final RecordingMetrics metrics = new RecordingMetrics();

  /** Accepted, except: id % 5 = 0 failed, % 7 = 0 uncertain, % 11 = 0 rejected. */
  static SendResult mixed(Message m) {
    long id = Long.parseLong(m.to().substring(7));
    if (id % 5 == 0) {
      return new SendResult.Failed("HTTP 500");
    }
    if (id % 7 == 0) {
      return new SendResult.Uncertain("read timed out");
    }
    if (id % 11 == 0) {
      return new SendResult.Rejected(400, "invalid to");
    }
    return new SendResult.Accepted("req-" + m.to() + "-" + m.text().hashCode());
  }

  static Plan manyBookings() {
    PlanBuilder plan = aPlan();
    IDS.forEach(id -> plan.taggedBooking(STORE, id));
    return plan.slackDigest("digest").event("audit", Map.of("tier", "gold")).build();
  }

  CycleReport run(Plan plan, PacedSmsSender sender, int lanes) {
    return run(plan, sender, lanes, store, Clock.fixed(PlanBuilder.AT, ZoneOffset.UTC));
  }

  CycleReport run(Plan plan, PacedSmsSender sender, int lanes, StateStore state, Clock clock) {
    return new Executor(
            state,
            sender,
            Channels.of(journal.notifier("telegram"), journal.notifier("slack")),
            log,
            metrics,
            clock,
            ExecutionSettings.live().withSendConcurrency(lanes))
        .execute(plan);
  }

  static PacedSmsSender paced(Duration pause, Journal journal) {
    return new PacedSmsSender(pause, ExecutorLanesTest::mixed, journal);
  }

  @Test
  void fourLanes_reportTheSameOutcomesInPlanOrder_asOne() {
    Plan plan = manyBookings();
    store.put(PlanBuilder.aRecordDelivered(keyOf(STORE, 1001)));
    ExecutorLanesTest one = new ExecutorLanesTest();
    one.store.put(PlanBuilder.aRecordDelivered(keyOf(STORE, 1001)));

    CycleReport sequential = one.run(plan, paced(Duration.ofMillis(2), one.journal), 1);
    CycleReport lanes = run(plan, paced(Duration.ofMillis(2), journal), 4);

    assertThat(lanes.results()).extracting(ActionResult::action).isEqualTo(plan.actions());
    assertThat(lanes.results())
        .extracting(ActionResult::outcome)
        .isEqualTo(sequential.results().stream().map(ActionResult::outcome).toList())
        .hasAtLeastOneElementOfType(Outcome.Sent.class)
        .hasAtLeastOneElementOfType(Outcome.Failed.class)
        .hasAtLeastOneElementOfType(Outcome.Uncertain.class)
        .contains(new Outcome.Skipped("already delivered"));
    assertThat(lanes.results())
        .extracting(ActionResult::key)
        .isEqualTo(sequential.results().stream().map(ActionResult::key).toList());
    assertThat(store.all()).isEqualTo(one.store.all());
    assertThat(store.claims()).isEqualTo(one.store.claims());
  }

  @Test
  void everyActionIsLoggedAndCountedExactlyOnce() {
    Plan plan = manyBookings();

    CycleReport report = run(plan, paced(Duration.ofMillis(2), journal), 4);

    assertThat(report.results()).hasSize(plan.actions().size());
    // one line per action, plus the event the log_event action writes itself
    assertThat(log.events()).hasSize(plan.actions().size() + 1);
    assertThat(metrics.total(MetricName.SMS_SENT)).isEqualTo(report.sent());
    assertThat(metrics.total(MetricName.SMS_FAILED)).isEqualTo(report.smsFailed());
    assertThat(metrics.total(MetricName.UNCERTAIN_DELIVERIES)).isEqualTo(report.uncertain());
    assertThat(report.sent() + report.smsFailed() + report.uncertain()).isEqualTo(2 * IDS.size());
  }

  @Test
  void eachBookingsSendsRunInPlanOrder_itsNoticesFollowTheirSms_andTheDigestComesLast() {
    PacedSmsSender sender =
        new PacedSmsSender(
            Duration.ofMillis(3), m -> new SendResult.Accepted("req-" + m.text()), journal);

    run(manyBookings(), sender, 4);

    // Notices are posted beside the sends (issue 11 item 12): a booking's next SMS never waits
    // for its Telegram line, so only the sends keep plan order, and each line follows its SMS.
    for (long id : IDS) {
      List<String> about = journal.about("b" + id + " ");
      assertThat(about)
          .as("booking %d", id)
          .containsExactlyInAnyOrder(
              "sms: b" + id + " confirm",
              "telegram: b" + id + " telegram",
              "sms: b" + id + " remind",
              "slack: b" + id + " slack");
      assertThat(about.stream().filter(e -> e.startsWith("sms: ")))
          .containsExactly("sms: b" + id + " confirm", "sms: b" + id + " remind");
      assertThat(about.indexOf("telegram: b" + id + " telegram"))
          .isGreaterThan(about.indexOf("sms: b" + id + " confirm"));
      assertThat(about.indexOf("slack: b" + id + " slack"))
          .isGreaterThan(about.indexOf("sms: b" + id + " remind"));
    }
    assertThat(journal.entries().stream().filter(e -> e.startsWith("slack: ")).toList().getLast())
        .isEqualTo("slack: digest");
  }

  @Test
  void sendsOfDifferentBookingsOverlap_neverBeyondTheLimit() {
    PacedSmsSender four = paced(Duration.ofMillis(15), journal);
    run(manyBookings(), four, 4);

    ExecutorLanesTest other = new ExecutorLanesTest();
    PacedSmsSender one = paced(Duration.ofMillis(15), other.journal);
    other.run(manyBookings(), one, 1);

    assertThat(four.calls()).isEqualTo(one.calls()).isEqualTo(2 * IDS.size());
    assertThat(four.mostAtOnce()).isBetween(2, 4);
    assertThat(one.mostAtOnce()).isEqualTo(1);
  }

  @Test
  void eachActionsDurationIsMeasuredOnItsOwnLane() {
    CycleReport report =
        run(manyBookings(), paced(Duration.ofMillis(20), journal), 4, store, Clock.systemUTC());

    assertThat(report.results())
        .filteredOn(r -> r.action() instanceof PlannedAction.SendSms)
        .extracting(ActionResult::durationMs)
        .allSatisfy(ms -> assertThat(ms).isBetween(20L, 5_000L));
    assertThat(report.results())
        .filteredOn(r -> r.action() instanceof PlannedAction.SendTelegram)
        .extracting(ActionResult::durationMs)
        .allSatisfy(ms -> assertThat(ms).isLessThan(20L));
  }

  @Test
  void anErrorOnOneLane_stopsTheOthers_andReachesTheCaller() {
    AtomicInteger claims = new AtomicInteger();
    var dying =
        new FaultyStateStore(
            store,
            step ->
                step.operation().equals("claim") && !step.after() && claims.incrementAndGet() == 3
                    ? new OutOfMemoryError("simulated crash")
                    : null);
    PacedSmsSender sender = paced(Duration.ofMillis(5), journal);
    Clock clock = Clock.fixed(PlanBuilder.AT, ZoneOffset.UTC);

    assertThatThrownBy(() -> run(manyBookings(), sender, 4, dying, clock))
        .isInstanceOf(OutOfMemoryError.class);
    assertThat(sender.calls()).isLessThan(IDS.size());
    assertThat(journal.entries()).doesNotContain("slack: digest");
  }
}
