package com.naversms.app.settings;

import com.naversms.adapters.naver.SignInPolicy;
import com.naversms.adapters.observability.LogLevels;
import com.naversms.adapters.sens.DeliveryMode;
import com.naversms.adapters.sens.SensBatchSender;
import com.naversms.adapters.sens.SensSettings;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.delivery.ExecutionSettings;
import com.naversms.core.observability.LogEvent;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the composition root reads from the environment (docs/operations.md lists the
 * variables), mapped once at the edge: one small settings record per adapter, each read in its one
 * place ({@link StateSettings}, {@link NaverSettings}, {@link ChannelSettings}, {@link
 * SecretsSettings}, {@link ReportingSettings}; SENS and the cycle below).
 *
 * @param delivery whether SENS may send at all ({@code SENS_DELIVERY_ENABLED}, the CI gates)
 * @param comparisonBaseline {@code COMPARISON_BASELINE}: what comparison mode compares against
 * @param dryRunMaySignIn a dry run may sign in and store the session ({@code run --dry-run
 *     --login}); otherwise a dry run uses the stored session or stops
 */
public record AppSettings(
    Path configDir,
    StateSettings state,
    NaverSettings naver,
    SensSettings sens,
    DeliveryMode delivery,
    ChannelSettings channels,
    SecretsSettings secrets,
    LogEvent.Level logLevel,
    ReportingSettings reporting,
    CycleSettings cycle,
    String comparisonBaseline,
    boolean dryRunMaySignIn) {

  public static AppSettings fromEnvironment(Map<String, String> env) {
    return fromEnvironment(Environment.of(env));
  }

  public static AppSettings fromEnvironment(Environment env) {
    boolean lambda = env.present("AWS_LAMBDA_FUNCTION_NAME");
    StateSettings state = StateSettings.from(env);
    ReportingSettings reporting = ReportingSettings.from(env);
    NaverSettings naver = NaverSettings.from(env, state);
    SensSettings sens =
        env.optional("SENS_BASE_URL")
            .map(URI::create)
            .map(SensSettings.production()::withBaseUrl)
            .orElse(SensSettings.production())
            .withBatching(
                env.integer(
                    "SENS_BATCH_SIZE", SensBatchSender.MAX_BATCH, 1, SensBatchSender.MAX_BATCH),
                env.integer(
                    "SENS_REQUESTS_IN_FLIGHT",
                    SensBatchSender.MAX_IN_FLIGHT,
                    1,
                    SensBatchSender.MAX_IN_FLIGHT))
            .withAlimTalk(env.flag("ALIMTALK_ENABLED"));
    ChannelSettings channels = ChannelSettings.from(env);
    CycleSettings cycle =
        cycle(env)
            .withChat(reporting.chat())
            .withPlanningAt(
                SimulatorPlanAt.read(
                    env,
                    lambda,
                    SimulatorPlanAt.endpoints(
                        naver, sens.baseUrl(), channels.telegram().baseUrl())));
    return new AppSettings(
        Path.of(env.text("NAVER_SMS_CONFIG_DIR", lambda ? "/var/task/config" : "config")),
        state,
        naver,
        sens,
        // read now, so an unreadable switch stops the start, not a later send
        DeliveryMode.fromEnvironment(env.asMap()),
        channels,
        SecretsSettings.from(env),
        LogLevels.parse(env.optional("LOG_LEVEL").orElse(null)),
        reporting,
        cycle,
        env.text("COMPARISON_BASELINE", "legacy"),
        false);
  }

  /** The cycle's limits and safety switches. */
  private static CycleSettings cycle(Environment env) {
    return new CycleSettings(
            env.integer("MAX_SEND_ATTEMPTS", 3, 1, 20),
            Duration.ofMinutes(env.integer("STALE_CLAIM_MINUTES", 15, 1, 24 * 60)),
            env.flag("COMPARISON_MODE") || env.flag("COMPARISON_MODE_ENABLED"),
            env.flag("DRY_RUN"),
            env.integer(
                "SEND_CONCURRENCY",
                ExecutionSettings.DEFAULT_SEND_CONCURRENCY,
                1,
                ExecutionSettings.MAX_SEND_CONCURRENCY))
        .withLimits(
            Duration.ofSeconds(env.integer("CYCLE_DEADLINE_SECONDS", 270, 10, 3600)),
            Duration.ofSeconds(env.integer("NOTICE_BUDGET_SECONDS", 30, 1, 600)));
  }

  /** The SQLite state file ({@code SQLITE_PATH}, else the default), absolute. */
  public Path sqlitePath() {
    return state.sqlitePath();
  }

  public AppSettings withConfigDir(Path dir) {
    return new AppSettings(
        dir,
        state,
        naver,
        sens,
        delivery,
        channels,
        secrets,
        logLevel,
        reporting,
        cycle,
        comparisonBaseline,
        dryRunMaySignIn);
  }

  public AppSettings withCycle(CycleSettings settings) {
    return new AppSettings(
        configDir,
        state,
        naver,
        sens,
        delivery,
        channels,
        secrets,
        logLevel,
        reporting,
        settings,
        comparisonBaseline,
        dryRunMaySignIn);
  }

  /** {@code run --dry-run --login}: the dry run may sign in (and store the session). */
  public AppSettings withDryRunSignIn(boolean allowed) {
    return new AppSettings(
        configDir,
        state,
        naver,
        sens,
        delivery,
        channels,
        secrets,
        logLevel,
        reporting,
        cycle,
        comparisonBaseline,
        allowed);
  }

  /** Every service at one base URL (the simulator), no pacing, quick retries. */
  public AppSettings pointedAt(String baseUrl) {
    URI base = URI.create(baseUrl);
    return new AppSettings(
        configDir,
        state,
        naver.pointedAt(baseUrl, Duration.ofMillis(10)),
        sens.withBaseUrl(base),
        delivery,
        channels.pointedAt(base),
        secrets,
        logLevel,
        reporting,
        cycle,
        comparisonBaseline,
        dryRunMaySignIn);
  }

  /**
   * Whether this process signs in to nothing and writes nothing: a dry run ({@code --dry-run} or
   * {@code DRY_RUN}) without {@code --login}. It uses the stored session, read only.
   */
  public boolean readOnly() {
    return cycle.dryRun() && !dryRunMaySignIn;
  }

  /** When the cycle may open the browser to sign in. */
  public SignInPolicy signInPolicy() {
    return readOnly()
        ? new SignInPolicy.Never()
        : new SignInPolicy.Limited(naver.loginMinInterval());
  }
}
