package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.cost.Billed;
import com.naversms.core.cost.MessageCosts;
import com.naversms.core.delivery.Channels;
import com.naversms.core.delivery.CycleLimits;
import com.naversms.core.delivery.CycleReport;
import com.naversms.core.delivery.Executor;
import com.naversms.core.delivery.StopSignal;
import com.naversms.core.ledger.CarrierChecks;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.migration.ComparisonMode;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;
import com.naversms.core.optout.OptOutSource;
import com.naversms.core.optout.OptOuts;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.ValueChange;
import com.naversms.core.rules.Configuration;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.state.ClaimWindow;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One cycle: secrets → session → fetch every store → read the records → plan → execute → notify →
 * report. Each run gets its own request id; metrics are flushed once, at the end.
 */
public final class Cycle {
  private final Configuration config;
  private final CycleParts.Factory parts;
  private final StateStore state;
  private final Planning planner;
  private final Optional<ComparisonMode> shadow;
  private final Channels alerts;
  private final EventLog baseLog;
  private final Metrics metrics;
  private final Clock clock;
  private final CycleSettings settings;
  private final DigestLedger digests;
  private final CarrierReport carriers;
  private final OptOutSource optOuts;
  private final CarrierChecks carrierChecks;

  /**
   * @param alerts where the error alert goes when the parts (and their channels) could not be built
   * @param shadow the baseline planner and comparison (the migration wing's), required in
   *     comparison mode
   * @param digests where the day's digest is recorded as sent (once per day, docs/operations.md
   *     2.7)
   * @param carriers the digest's carrier failures and cost ({@link CarrierReport#none()} until SENS
   *     delivery results are read)
   */
  public Cycle(
      Configuration config,
      CycleParts.Factory parts,
      StateStore state,
      Planning planner,
      Optional<ComparisonMode> shadow,
      Channels alerts,
      EventLog log,
      Metrics metrics,
      Clock clock,
      CycleSettings settings,
      DigestLedger digests,
      CarrierReport carriers) {
    this(
        config,
        parts,
        state,
        planner,
        shadow,
        alerts,
        log,
        metrics,
        clock,
        settings,
        digests,
        carriers,
        OptOutSource.none(),
        CarrierChecks.none());
  }

  /**
   * As the constructor above, with where each cycle reads the opt-out list from ({@link
   * OptOutSource#none()}: nobody opted out). A source that throws makes the cycle plan no
   * advertising message at all (one WARN line, one operator notice); informational ones still go.
   */
  public Cycle(
      Configuration config,
      CycleParts.Factory parts,
      StateStore state,
      Planning planner,
      Optional<ComparisonMode> shadow,
      Channels alerts,
      EventLog log,
      Metrics metrics,
      Clock clock,
      CycleSettings settings,
      DigestLedger digests,
      CarrierReport carriers,
      OptOutSource optOuts) {
    this(
        config,
        parts,
        state,
        planner,
        shadow,
        alerts,
        log,
        metrics,
        clock,
        settings,
        digests,
        carriers,
        optOuts,
        CarrierChecks.none());
  }

  /**
   * As above, with the message ledger and its carrier check (docs/state.md 8): the executor writes
   * each message's lifecycle into {@code carrierChecks.ledger()} (nothing in a dry run), and each
   * live cycle asks SENS for the results of the messages it accepted before.
   */
  public Cycle(
      Configuration config,
      CycleParts.Factory parts,
      StateStore state,
      Planning planner,
      Optional<ComparisonMode> shadow,
      Channels alerts,
      EventLog log,
      Metrics metrics,
      Clock clock,
      CycleSettings settings,
      DigestLedger digests,
      CarrierReport carriers,
      OptOutSource optOuts,
      CarrierChecks carrierChecks) {
    if (settings.comparisonMode() && shadow.isEmpty()) {
      throw new IllegalArgumentException("comparison mode needs a baseline planner");
    }
    this.config = config;
    this.parts = parts;
    this.state = state;
    this.planner = planner;
    this.shadow = shadow;
    this.alerts = alerts;
    this.baseLog = log;
    this.metrics = metrics;
    this.clock = clock;
    this.settings = settings;
    this.digests = digests;
    this.carriers = carriers;
    this.optOuts = optOuts;
    this.carrierChecks = carrierChecks;
  }

  public CycleSettings settings() {
    return settings;
  }

  public CycleResult run(String requestId) {
    return run(requestId, StopSignal.none());
  }

  /**
   * One cycle that wraps up when {@code stop} is raised: no new booking is started, the ones in
   * progress finish and are recorded, and the operator notices get until the stop's finish-by.
   */
  public CycleResult run(String requestId, StopSignal stop) {
    EventLog log = new RequestLog(baseLog, requestId);
    Instant clockNow = clock.instant();
    Run run =
        new Run(
            requestId,
            settings.planningInstant(clockNow),
            clockNow,
            clock.millis(),
            log,
            new StepLog(log),
            settings.limits(clockNow, stop));
    Channels channels = alerts;
    // every counter in every cycle's metrics, 0 included: zero and "no data" look different
    MetricName.everyCycleCounters().forEach(m -> metrics.add(m, 0));
    Billed.sent().forEach(b -> metrics.add(MetricName.MESSAGE_COST, 0, channel(b)));
    try {
      CycleParts connected;
      try {
        connected = parts.build(log);
      } catch (SecretsException e) {
        return secretsFailed(run, e, channels);
      }
      channels = connected.channels();
      reportSkipped(run, connected.skippedChannels());
      long opening = clock.millis();
      try (EarlyReads reads = EarlyReads.start(state, optOuts)) {
        NaverAccess.Access access = connected.naver().open();
        if (access instanceof NaverAccess.Access.NoSession none) {
          return noSession(run, none);
        }
        Optional<BookingSource> source = signIn(run, access, opening);
        if (source.isEmpty()) {
          // the reason names where the screenshot and page were kept (folder or s3:// URI)
          String why = access instanceof NaverAccess.Access.LoginFailed f ? ": " + f.reason() : "";
          return fail(run, "LoginFailed: Naver login failed" + why, channels);
        }
        return complete(run, connected, source.get(), reads);
      }
    } catch (RuntimeException e) {
      return fail(run, e.getClass().getSimpleName() + ": " + e.getMessage(), channels);
    } finally {
      metrics.add(MetricName.CYCLE_DURATION, clock.millis() - run.started());
      metrics.flush();
    }
  }

  /**
   * One run: its request id, the instant it plans at ({@code now}: the clock's, or the simulator's
   * {@link CycleSettings#planningAt()}), the clock's instant at its start ({@code clockStart}: the
   * carrier check, the digest, the error alert), when it started (clock millis), logs and limits.
   */
  private record Run(
      String requestId,
      Instant now,
      Instant clockStart,
      long started,
      EventLog log,
      StepLog steps,
      CycleLimits limits) {}

  private CycleResult secretsFailed(Run run, SecretsException e, Channels channels) {
    metrics.add(MetricName.SECRETS_ERRORS, 1);
    run.steps()
        .failure(
            ActionType.SECRETS,
            "credentials could not be read",
            "SecretsException",
            String.valueOf(e.getMessage()),
            clock.millis() - run.started());
    return fail(run, "SecretsException: " + e.getMessage(), channels);
  }

  /**
   * An optional channel left out for a broken secret: an ERROR line and {@code SecretsErrors} per
   * channel, every cycle until it is fixed; the cycle goes on without it.
   */
  private void reportSkipped(Run run, List<String> skipped) {
    for (String reason : skipped) {
      metrics.add(MetricName.SECRETS_ERRORS, 1);
      run.steps()
          .failure(
              ActionType.SECRETS,
              "operator channel skipped: its secret is broken",
              "SecretsException",
              reason,
              clock.millis() - run.started());
    }
  }

  /** The bookings of the Naver session, or empty (logged and counted) when the login failed. */
  private Optional<BookingSource> signIn(Run run, NaverAccess.Access access, long started) {
    return switch (access) {
      case NaverAccess.Access.Opened o -> {
        run.steps()
            .success(ActionType.LOGIN, "Naver session ready", clock.millis() - started, Map.of());
        yield Optional.of(o.bookings());
      }
      case NaverAccess.Access.LoginFailed f -> {
        metrics.add(MetricName.LOGIN_FAILURES, 1);
        run.steps()
            .failure(
                ActionType.LOGIN,
                "Naver login failed",
                "LoginFailed",
                f.reason(),
                clock.millis() - started);
        yield Optional.empty();
      }
      case NaverAccess.Access.NoSession n -> Optional.empty();
    };
  }

  /**
   * A dry run without a working stored session: it may not sign in, so it stops before fetching
   * (exit 2); nothing is sent to the operators, as in every dry run.
   */
  private CycleResult noSession(Run run, NaverAccess.Access.NoSession none) {
    String failure =
        CycleResult.NO_SESSION
            + ": "
            + none.reason()
            + "; a dry run signs in to nothing: sign in first (naver-sms login), or pass --login";
    run.steps()
        .failure(
            ActionType.LOGIN,
            "no usable Naver session and signing in is not allowed",
            CycleResult.NO_SESSION,
            failure,
            clock.millis() - run.started());
    return CycleResult.failed(run.requestId(), run.now(), failure, since(run.started()));
  }

  /** Fetch, read, plan, compare, execute, summarise. */
  private CycleResult complete(
      Run run, CycleParts connected, BookingSource source, EarlyReads reads) {
    Fetching.Fetched fetched =
        new Fetching(state, run.steps(), clock)
            .fetch(source, config.stores(), run.now(), reads::waitingRecords);
    int signIns = source.browserSignIns();
    closeQuietly(source);
    metrics.add(MetricName.BOOKINGS_FETCHED, fetched.bookings().size());
    metrics.add(MetricName.STORE_FETCH_FAILURES, fetched.failedStores().size());
    Map<RecordKey, StoredRecord> records = readRecords(fetched.bookings(), run.steps());
    OptOuts refusals = readOptOuts(run, connected.channels(), reads);
    Plan plan = planner.plan(fetched.bookings(), records, run.now(), config, refusals);
    run.steps()
        .success(
            ActionType.RULE_EVALUATION,
            "planned " + plan.stepCount() + " actions",
            0,
            Map.of(LogField.COUNT, plan.stepCount()));
    for (ValueChange c : plan.valueChanges()) {
      // a booking value SENS cannot carry as typed (an emoji, a direction mark): sent without it
      run.steps()
          .warn(
              ActionType.RULE_EVALUATION,
              "SMS value changed so SENS can carry it: " + c.describe(),
              Map.of(
                  LogField.RULE_NAME, c.rule(),
                  LogField.BOOKING_ID, c.bookingNum(),
                  LogField.STORE_ID, c.storeId(),
                  LogField.TEMPLATE, c.template()));
    }
    int differences = compare(fetched.bookings(), records, run.now(), plan, run.requestId());
    Channels execChannels = settings.suppressed() ? Channels.none() : connected.channels();
    CycleReport report =
        new Executor(
                state,
                settings.dryRun() ? MessageLedger.none() : carrierChecks.ledger(),
                connected.messages(),
                execChannels,
                run.log(),
                metrics,
                clock,
                settings.execution())
            .execute(plan, run.limits());
    List<BookingProblem> problems = new ArrayList<>(fetched.problems());
    problems.addAll(plan.problems());
    CycleResult result =
        new CycleResult(
            run.requestId(),
            run.now(),
            Optional.empty(),
            fetched.bookings(),
            fetched.failures(),
            problems,
            Optional.of(plan),
            report,
            differences,
            connected.skippedChannels(),
            since(run.started()));
    int notPosted = settings.suppressed() ? 0 : checkCarriers(run, connected);
    finish(run, connected.channels(), report, fetched, signIns, notPosted);
    return result;
  }

  /**
   * The carrier check (docs/operations.md 2.8) and the ledger's retention: each message the carrier
   * could not deliver is logged (ERROR, {@code error_type} = SENS's code), counted ({@code
   * SMSDeliveryFailed}) and posted to the operators, once. A ledger or SENS that cannot be read
   * leaves the check to the next cycle. Returns the channels the report could not be posted to.
   */
  private int checkCarriers(Run run, CycleParts connected) {
    long started = clock.millis();
    CarrierChecks.Report report;
    try {
      carrierChecks.ledger().deleteExpired(clock.instant());
      report = carrierChecks.run(connected.carriers(), run.clockStart(), clock.instant());
    } catch (RuntimeException e) {
      run.steps()
          .warn(
              ActionType.SEND_SMS,
              "carrier results not checked: "
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()
                  + " (next cycle)",
              Map.of(LogField.ERROR_TYPE, "CarrierCheckFailed"));
      return 0;
    }
    report
        .lookupFailure()
        .ifPresent(why ->
            run.steps()
                .warn(
                    ActionType.SEND_SMS,
                    "carrier results not read from SENS: " + why + " (next cycle)",
                    Map.of(LogField.ERROR_TYPE, "CarrierLookupFailed")));
    if (report.asked() > 0) {
      run.steps()
          .success(
              ActionType.SEND_SMS,
              "carrier results: "
                  + report.asked()
                  + " asked, "
                  + report.delivered()
                  + " delivered, "
                  + report.failed().size()
                  + " failed",
              clock.millis() - started,
              Map.of(LogField.COUNT, report.asked()));
    }
    if (report.failed().isEmpty()) {
      return 0;
    }
    metrics.add(MetricName.SMS_DELIVERY_FAILED, report.failed().size());
    report.failed().forEach(e -> run.log().write(CarrierFailures.event(e)));
    int failed =
        new Summaries(connected.channels(), run.steps(), clock)
            .send(
                CarrierFailures.notice(report.failed()),
                run.limits().noticesBy(clock.instant()),
                "carrier failure report",
                "carrier_failure");
    metrics.add(MetricName.NOTIFICATIONS_FAILED, failed);
    return failed;
  }

  private void finish(
      Run run,
      Channels channels,
      CycleReport report,
      Fetching.Fetched fetched,
      int signIns,
      int alreadyNotPosted) {
    int notPosted = report.notificationsFailed() + alreadyNotPosted;
    MessageCosts costs = report.sentCosts(config.costs());
    Billed.sent()
        .forEach(
            b -> metrics.add(MetricName.MESSAGE_COST, costs.cost(b).doubleValue(), channel(b)));
    if (!settings.suppressed()) {
      String summary =
          CycleMessages.summary(
              report,
              fetched.bookings().size(),
              fetched.failures(),
              fetched.problems(),
              signIns,
              costs);
      notPosted += postSummary(run, channels, summary);
      notPosted += postDigest(run, channels);
    }
    run.steps()
        .success(
            ActionType.CYCLE,
            "cycle completed: "
                + report.sent()
                + " sent, "
                + report.smsFailed()
                + " failed, "
                + report.uncertain()
                + " uncertain, "
                + report.exhausted()
                + " exhausted, "
                + notPosted
                + " notices not posted",
            clock.millis() - run.started(),
            Map.of(LogField.COUNT, report.sent()));
  }

  /**
   * The summary goes out when something happened (its text is more than "문자 발송 대상 없음"), or every
   * cycle with {@code OPERATOR_SUMMARY=always}; a quiet cycle leaves its log line and metrics only.
   * Returns the channels it could not be posted to.
   */
  private int postSummary(Run run, Channels channels, String summary) {
    boolean quiet = summary.equals(CycleMessages.NOTHING_DUE);
    if (quiet && settings.chat().summary() == OperatorChat.Summary.EVENTS) {
      run.steps()
          .skipped(
              ActionType.CYCLE, "operator summary not posted: nothing happened", "quiet_cycle");
      return 0;
    }
    int failed =
        new Summaries(channels, run.steps(), clock)
            .send(summary, run.limits().noticesBy(clock.instant()));
    metrics.add(MetricName.NOTIFICATIONS_FAILED, failed);
    return failed;
  }

  /**
   * The day's digest, once per day: due from the digest time (KST) on, recorded in the ledger
   * before it is posted, so two cycles never both post it; counted from the records first, so a
   * store that cannot be read leaves it due for the next cycle. Returns the channels it could not
   * be posted to.
   */
  private int postDigest(Run run, Channels channels) {
    Optional<LocalDate> due = settings.chat().digestDue(run.clockStart());
    if (due.isEmpty()) {
      return 0;
    }
    String text;
    try {
      text =
          DailyDigest.text(
              due.get(),
              settings.chat().digestAt().orElseThrow(),
              state.everyRecord(),
              state.unsettled(
                  ClaimWindow.around(run.clockStart(), settings.staleClaimAfter()),
                  settings.maxAttempts()),
              settings.maxAttempts(),
              config.stores().all(),
              carriers.lines(due.get(), config.costs()));
      if (!digests.claim(due.get(), run.clockStart())) {
        return 0; // an earlier cycle posted it
      }
    } catch (RuntimeException e) {
      run.steps()
          .failure(
              ActionType.SEND_TELEGRAM,
              "daily digest not built: retried next cycle",
              e.getClass().getSimpleName(),
              String.valueOf(e.getMessage()),
              0);
      return 0;
    }
    int failed =
        new Summaries(channels, run.steps(), clock)
            .send(text, run.limits().noticesBy(clock.instant()), "daily digest", "digest");
    metrics.add(MetricName.NOTIFICATIONS_FAILED, failed);
    return failed;
  }

  /**
   * The opt-out list for this cycle. One that cannot be read: no advertising message this cycle,
   * one WARN line and one operator notice (not in a dry run); informational messages still go.
   */
  private OptOuts readOptOuts(Run run, Channels channels, EarlyReads reads) {
    OptOuts read = reads.optOuts();
    if (read instanceof OptOuts.Unreadable unreadable) {
      run.steps()
          .warn(
              ActionType.RULE_EVALUATION,
              "opt-out list could not be read: no advertising message is planned this cycle",
              Map.of(
                  LogField.ERROR_TYPE,
                  "OptOutListUnreadable",
                  LogField.ERROR_MESSAGE,
                  unreadable.reason()));
      if (!settings.suppressed()) {
        metrics.add(
            MetricName.NOTIFICATIONS_FAILED,
            new Summaries(channels, run.steps(), clock)
                .send(
                    CycleMessages.OPT_OUTS_UNREADABLE,
                    run.limits().noticesBy(clock.instant()),
                    "opt-out notice",
                    "optout_unreadable"));
      }
    }
    return read;
  }

  private Map<RecordKey, StoredRecord> readRecords(List<Booking> bookings, StepLog steps) {
    long started = clock.millis();
    // every phone form either Python system keyed an item with, in one batch (issue 11.6)
    List<RecordKey> keys = RecordKeys.toRead(bookings);
    Map<RecordKey, StoredRecord> records = state.read(keys);
    steps.success(
        ActionType.READ_RECORDS,
        "read " + records.size() + " records of " + bookings.size() + " bookings",
        clock.millis() - started,
        Map.of(LogField.COUNT, records.size()));
    return records;
  }

  private int compare(
      List<Booking> bookings,
      Map<RecordKey, StoredRecord> records,
      Instant now,
      Plan candidate,
      String requestId) {
    if (!settings.comparisonMode()) {
      return 0;
    }
    return shadow
        .orElseThrow()
        .compare(new ComparisonMode.Input(bookings, records, now, config), candidate, requestId);
  }

  private CycleResult fail(Run run, String failure, Channels channels) {
    run.steps()
        .failure(
            ActionType.CYCLE,
            "cycle failed",
            failure.split(":", 2)[0],
            failure,
            clock.millis() - run.started());
    if (!settings.suppressed()) {
      metrics.add(
          MetricName.NOTIFICATIONS_FAILED,
          new Summaries(channels, run.steps(), clock)
              .send(
                  CycleMessages.errorAlert(failure, run.clockStart()),
                  run.limits().noticesBy(clock.instant())));
    }
    return CycleResult.failed(run.requestId(), run.now(), failure, since(run.started()));
  }

  /** The {@code Channel} dimension of {@code MessageCost} for messages billed as {@code b}. */
  private static Map<String, String> channel(Billed b) {
    return Map.of(MetricName.CHANNEL_DIMENSION, b.label());
  }

  /** The partner client holds an HTTP client per cycle. */
  private static void closeQuietly(Object source) {
    if (source instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // nothing was fetched with it any more; a failed close loses nothing
      }
    }
  }

  private Duration since(long startedMillis) {
    return Duration.ofMillis(clock.millis() - startedMillis);
  }
}
