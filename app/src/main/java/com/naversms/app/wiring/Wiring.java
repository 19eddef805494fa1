package com.naversms.app.wiring;

import com.naversms.adapters.observability.EmfMetrics;
import com.naversms.adapters.observability.JsonEventLog;
import com.naversms.adapters.sens.DeliveryMode;
import com.naversms.app.settings.AppSettings;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.cycle.CarrierReport;
import com.naversms.core.cycle.Cycle;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.cycle.LastCycle;
import com.naversms.core.cycle.LivePreview;
import com.naversms.core.cycle.Planning;
import com.naversms.core.delivery.Channels;
import com.naversms.core.delivery.MessageSender;
import com.naversms.core.ledger.CarrierChecks;
import com.naversms.core.migration.ComparisonMode;
import com.naversms.core.migration.MigrationWing;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Metrics;
import com.naversms.core.operator.Resending;
import com.naversms.core.operator.Resolving;
import com.naversms.core.optout.OptOutSource;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import com.naversms.core.secrets.SecretsProvider;
import com.naversms.core.session.BrowserLogin;
import com.naversms.core.state.StateStoreException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The composition root: builds the object graph with {@code new} from {@link AppSettings}. The
 * Lambda handler, {@code run}, {@code daemon} and {@code demo} differ only in what they pass here
 * (the state store and the browser login above all).
 */
public final class Wiring implements AutoCloseable {
  private final AppSettings settings;
  private final Clock clock;
  private final EventLog log;
  private final Metrics metrics;
  private final Persistence persistence;
  private final SecretsProvider secrets;
  private final BrowserLogin browser;
  private final HttpClients http = new HttpClients();
  private Configuration configuration;

  public Wiring(
      AppSettings settings,
      Clock clock,
      EventLog log,
      Metrics metrics,
      Persistence persistence,
      SecretsProvider secrets,
      BrowserLogin browser) {
    this.settings = settings;
    this.clock = clock;
    this.log = log;
    this.metrics = metrics;
    this.persistence = persistence;
    this.secrets = secrets;
    this.browser = browser;
  }

  /**
   * The graph over the given state and browser login: JSON logs and EMF metrics on {@code logs},
   * secrets as the environment says. {@link SelfHosted} (SQLite, Chromium) and the cycle function
   * ({@code app.lambda.LambdaCycle}: DynamoDB, the login function) choose the two; this class names
   * neither, so the cycle function's artifact carries no browser and no SQLite.
   */
  public static Wiring assemble(
      AppSettings settings,
      java.io.PrintStream logs,
      Clock clock,
      Persistence persistence,
      BrowserLogin browser) {
    return new Wiring(
        settings,
        clock,
        new JsonEventLog(logs, clock, settings.logLevel()),
        EmfMetrics.forEnvironment(logs, clock, settings.reporting().environment()),
        persistence,
        settings.secrets().open(),
        browser);
  }

  public AppSettings settings() {
    return settings;
  }

  public Persistence persistence() {
    return persistence;
  }

  /** The config folder, read and validated once (start-up line and cycle share it). */
  public Configuration configuration() {
    if (configuration == null) {
      configuration = ConfigLoader.load(settings.configDir());
    }
    return configuration;
  }

  public EventLog log() {
    return log;
  }

  /** The metrics every cycle of this graph flushes at its end. */
  public Metrics metrics() {
    return metrics;
  }

  /**
   * The {@code request_id} of the lines written outside a cycle (the start line, the delivery-gate
   * warning): {@code run} gives its one cycle the same id, so the whole run is one id.
   */
  public String startRequestId() {
    return log instanceof JsonEventLog json ? json.requestId() : JsonEventLog.newRequestId();
  }

  /** Telegram and Slack as configured, for a notice outside any cycle; none when unreadable. */
  public Channels operatorChannels() {
    return new SecretParts(
            settings,
            secrets,
            persistence.session(),
            browser,
            DeliveryMode.DISABLED,
            metrics,
            clock,
            http)
        .alertChannels();
  }

  /**
   * The opt-out list each cycle plans with: the store's ({@code sms_optouts}) and, when the SENS
   * secret exists, SENS's unsubscribe list (docs/operations.md 3.6).
   */
  public OptOutSource optOutSource() {
    return new OptOutLists(persistence.optOuts(), secrets, settings.sens(), clock, http);
  }

  /** Reads and validates the configuration once; a bad file fails here, at start-up. */
  public Cycle cycle() {
    return cycle(configuration());
  }

  /** A cycle over {@code configuration} (loaded and validated by the caller, e.g. from S3). */
  public Cycle cycle(Configuration configuration) {
    return cycle(configuration, Planner::planWithoutSkips);
  }

  /**
   * A cycle that plans with {@code planning}: {@code run --dry-run --explain} keeps every skip and
   * its reason ({@link Planner#plan}), which the cycle otherwise leaves out for speed.
   */
  public Cycle cycle(Configuration configuration, Planning planning) {
    CycleSettings cycle = settings.cycle();
    DeliveryMode delivery = deliveryMode();
    if (delivery != DeliveryMode.LIVE && !cycle.suppressed()) {
      // A sender that refuses would burn the send attempts: run as a dry run instead, and say so.
      log.write(
          LogEvent.warn(
              "SMS delivery is off (" + delivery.reason() + "): running as a dry run",
              Map.of(
                  LogField.ACTION_TYPE,
                  ActionType.CYCLE.value(),
                  LogField.REASON,
                  delivery.reason())));
      cycle = cycle.withDryRun(true);
    }
    cycle
        .planningAt()
        .ifPresent(at ->
            log.write(
                LogEvent.warn(
                    "cycles plan at SIMULATOR_PLAN_AT="
                        + at
                        + ", not the clock's time (the simulator only)",
                    Map.of(LogField.ACTION_TYPE, ActionType.CYCLE.value()))));
    SecretParts parts =
        new SecretParts(
            settings, secrets, persistence.session(), browser, delivery, metrics, clock, http);
    return new Cycle(
        configuration,
        parts,
        persistence.state(),
        planning,
        shadow(cycle),
        parts.alertChannels(),
        log,
        metrics,
        clock,
        cycle,
        persistence.digests(),
        CarrierReport.fromLedger(persistence.ledger()),
        optOutSource(),
        new CarrierChecks(persistence.ledger(), settings.state().carrierChecksPerCycle()));
  }

  /**
   * The cycle's sender of customer messages behind the same kill switch (SENS delivery off or
   * comparison mode: it refuses): {@code messages resend}.
   */
  public MessageSender messageSender() {
    return new SecretParts(
            settings, secrets, persistence.session(), browser, deliveryMode(), metrics, clock, http)
        .build(log)
        .messages();
  }

  /**
   * {@code messages resend} and the console's 다시 보내기: the ledger, the {@code sms} claim and the
   * cycle's sender ({@link #messageSender()}, its kill switch) on {@code clock}.
   */
  public Resending resending(Clock clock) {
    return new Resending(
        persistence.ledger(),
        persistence.state(),
        messageSender(),
        clock,
        settings.cycle().maxAttempts());
  }

  /** {@code messages resolve} and the console's 확인 처리 on {@code clock}. */
  public Resolving resolving(Clock clock) {
    return new Resolving(persistence.ledger(), persistence.state(), clock);
  }

  private DeliveryMode deliveryMode() {
    return settings.cycle().comparisonMode() ? DeliveryMode.COMPARISON : settings.delivery();
  }

  /**
   * The first half of a cycle, read only ({@code explain --booking}, {@code snapshot export}): the
   * session as the settings allow it (a dry run's signs in to nothing), no SMS sender in use.
   */
  public LivePreview preview() {
    return preview(configuration());
  }

  /** As {@link #preview()} on {@code configuration} (the console's, reloaded when it changed). */
  public LivePreview preview(Configuration configuration) {
    return new LivePreview(
        configuration,
        new SecretParts(
            settings,
            secrets,
            persistence.session(),
            browser,
            DeliveryMode.DISABLED,
            metrics,
            clock,
            http),
        persistence.state(),
        log,
        clock);
  }

  /**
   * Records how a live cycle ended, for the owner's console ({@link Persistence#cycles}); a state
   * store that fails here is a WARN line, never the cycle's failure.
   */
  public void recordLastCycle(String requestId, CycleResult result) {
    try {
      persistence.cycles().record(LastCycle.of(result));
    } catch (StateStoreException e) {
      log.write(
          LogEvent.warn(
              "could not record the last cycle for the console",
              Map.of(
                  LogField.REQUEST_ID,
                  requestId,
                  LogField.ACTION_TYPE,
                  ActionType.CYCLE.value(),
                  LogField.ERROR_MESSAGE,
                  String.valueOf(e.getMessage()))));
    }
  }

  /**
   * Closes the HTTP clients the cycles made (not the persistence, which the caller closes): an open
   * client costs ~300 ms at JVM exit.
   */
  @Override
  public void close() {
    http.close();
  }

  /** Comparison mode is the migration wing's (module parity); without it, it cannot run. */
  private Optional<ComparisonMode> shadow(CycleSettings cycle) {
    if (!cycle.comparisonMode()) {
      return Optional.empty();
    }
    if (!settings.comparisonBaseline().equals("legacy")) {
      throw new IllegalArgumentException(
          "COMPARISON_BASELINE="
              + settings.comparisonBaseline()
              + ": the cycle compares against 'legacy'; compare rule files with 'naver-sms compare'");
    }
    MigrationWing wing =
        MigrationWing.installed()
            .orElseThrow(() ->
                new IllegalArgumentException(
                    "COMPARISON_MODE: this build has no comparison mode (the parity module is not"
                        + " on the classpath)"));
    return Optional.of(wing.comparisonMode(log, metrics));
  }
}
