package com.naversms.app.cli;

import com.naversms.app.settings.AppSettings;
import com.naversms.app.settings.Environment;
import com.naversms.app.wiring.ConfigFolder;
import com.naversms.app.wiring.NewStateNotice;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.app.wiring.StartLine;
import com.naversms.app.wiring.StateLocation;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.cycle.Cycle;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.cycle.LivePreview;
import com.naversms.core.cycle.Planning;
import com.naversms.core.delivery.StopSignal;
import com.naversms.core.input.ConfigException;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What {@code run} and {@code daemon} do before their first cycle, in this order: settings (an
 * unreadable switch stops here), the config folder by precedence (missing: stop), the state (a
 * missing SQLite file: stop unless {@code --init-state}), the wiring and the cycle (the config is
 * validated), then the start line on {@code human} and in the JSON logs. Every stop is an exception
 * the CLI turns into exit 2, before anything is sent.
 */
final class CycleStart implements AutoCloseable {
  private final Wiring wiring;
  private final ConfigFolder folder;
  private final Planning planning;
  private Cycle cycle;
  private String configHash;
  private Optional<NewStateNotice> notice;

  private CycleStart(
      Wiring wiring,
      ConfigFolder folder,
      Planning planning,
      Cycle cycle,
      Optional<NewStateNotice> notice) {
    this.wiring = wiring;
    this.folder = folder;
    this.planning = planning;
    this.cycle = cycle;
    this.configHash = folder.hash();
    this.notice = notice;
  }

  static CycleStart open(
      Path configFlag,
      boolean initState,
      Environment env,
      UnaryOperator<CycleSettings> adjust,
      PrintStream logs,
      PrintStream human) {
    return open(configFlag, initState, env, adjust, false, logs, human);
  }

  /**
   * @param dryRunLogin {@code run --dry-run --login}: the dry run may sign in and store the session
   *     (without it a dry run signs in to nothing and opens the state read-only)
   */
  static CycleStart open(
      Path configFlag,
      boolean initState,
      Environment env,
      UnaryOperator<CycleSettings> adjust,
      boolean dryRunLogin,
      PrintStream logs,
      PrintStream human) {
    return open(
        configFlag, initState, env, adjust, dryRunLogin, Planner::planWithoutSkips, logs, human);
  }

  /**
   * @param planning the cycle's planner: {@code run --dry-run --explain} keeps every skip
   */
  static CycleStart open(
      Path configFlag,
      boolean initState,
      Environment env,
      UnaryOperator<CycleSettings> adjust,
      boolean dryRunLogin,
      Planning planning,
      PrintStream logs,
      PrintStream human) {
    AppSettings base = AppSettings.fromEnvironment(env);
    ConfigFolder folder = ConfigFolder.resolve(configFlag, env.asMap());
    AppSettings settings =
        base.withConfigDir(folder.dir())
            .withCycle(adjust.apply(base.cycle()))
            .withDryRunSignIn(dryRunLogin);
    if (dryRunLogin && !settings.cycle().dryRun()) {
      throw new IllegalArgumentException(
          "--login is for --dry-run: a real run signs in by itself when the session needs it");
    }
    StateLocation state = StateLocation.check(settings, initState);
    Wiring wiring = SelfHosted.wiring(settings, logs);
    try {
      Cycle cycle = wiring.cycle(wiring.configuration(), planning);
      StartLine line = StartLine.of(folder, wiring.configuration(), state);
      human.println(line.text());
      wiring.log().write(line.event());
      Optional<NewStateNotice> notice =
          state.created()
              ? Optional.of(
                  new NewStateNotice(
                      settings.sqlitePath().toString(), wiring.operatorChannels(), wiring.log()))
              : Optional.empty();
      return new CycleStart(wiring, folder, planning, cycle, notice);
    } catch (RuntimeException e) {
      closeAll(wiring);
      throw e;
    }
  }

  Cycle cycle() {
    return cycle;
  }

  /** The read-only first half of a cycle on the same graph ({@code explain}, {@code snapshot}). */
  LivePreview preview() {
    return wiring.preview();
  }

  Configuration configuration() {
    return wiring.configuration();
  }

  AppSettings settings() {
    return wiring.settings();
  }

  /** The id the start lines carried: {@code run} runs its one cycle under it. */
  String startRequestId() {
    return wiring.startRequestId();
  }

  /** One cycle; the first on a state created at this start is announced first. */
  CycleResult run(String requestId) {
    return run(requestId, StopSignal.none());
  }

  /** As {@link #run(String)}, wrapping up when {@code stop} is raised (the daemon's SIGTERM). */
  CycleResult run(String requestId, StopSignal stop) {
    if (notice.isPresent()) {
      NewStateNotice first = notice.get();
      notice = Optional.empty();
      first.announce(requestId, cycle.settings().suppressed());
    }
    CycleResult result = cycle.run(requestId, stop);
    if (!cycle.settings().dryRun()) {
      wiring.recordLastCycle(requestId, result);
    }
    return result;
  }

  /**
   * The daemon's next cycle runs on the config folder as it is now: when its files changed (the
   * console saved a template, an operator edited a file) and the folder is valid, the cycle is
   * rebuilt on it; an invalid folder keeps the last valid config and says why in a WARN line.
   */
  void followConfig(String requestId) {
    String now = ConfigFolder.hash(folder.dir());
    if (now.equals(configHash)) {
      return;
    }
    configHash = now;
    Map<LogField, Object> f = new LinkedHashMap<>();
    f.put(LogField.REQUEST_ID, requestId);
    f.put(LogField.ACTION_TYPE, ActionType.STARTUP.value());
    f.put(LogField.CONFIG_DIR, folder.dir().toString());
    f.put(LogField.CONFIG_HASH, now);
    try {
      Configuration changed = ConfigLoader.load(folder.dir());
      cycle = wiring.cycle(changed, planning);
      wiring.log().write(LogEvent.info("config changed: the next cycles use it", f));
    } catch (ConfigException e) {
      f.put(LogField.ERROR_MESSAGE, e.getMessage());
      wiring.log().write(LogEvent.warn("config changed but invalid: kept the last valid one", f));
    }
  }

  @Override
  public void close() {
    closeAll(wiring);
  }

  private static void closeAll(Wiring wiring) {
    try (wiring;
        Persistence persistence = wiring.persistence()) {
      // both closed, the persistence first
    } catch (Exception e) {
      throw new IllegalStateException("closing the state store: " + e.getMessage(), e);
    }
  }
}
