package com.naversms.app.wiring;

import com.naversms.adapters.naver.ChromiumSettings;
import com.naversms.adapters.naver.SignInPolicy;
import com.naversms.adapters.sens.DeliveryMode;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.delivery.ExecutionSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the composition root reads from the environment (docs/operations.md lists the
 * variables), mapped once at the edge into values.
 *
 * @param naverBaseUrl one base URL for the Naver login pages and partner API (the simulator)
 * @param loginFunction the browser-login Lambda function the cycle invokes when cookies fail
 * @param fetchMinInterval least time between two partner-API requests of one store
 * @param retryPause first pause before an HTTP retry; empty for each adapter's production value
 * @param loginMinInterval least time between two browser sign-ins whose need the session check does
 *     not confirm ({@code LOGIN_MIN_INTERVAL_MINUTES}, default 120; 0 = no limit)
 * @param dryRunMaySignIn a dry run may sign in and store the session ({@code run --dry-run
 *     --login}); otherwise a dry run uses the stored session or stops
 */
public record AppSettings(
    Path configDir,
    StateBackend stateBackend,
    Path sqlitePath,
    String smsTable,
    String sessionTable,
    String region,
    Optional<URI> dynamoEndpoint,
    Optional<String> naverBaseUrl,
    Optional<URI> sensBaseUrl,
    Optional<URI> telegramBaseUrl,
    int fetchConcurrency,
    String comparisonBaseline,
    Optional<String> loginFunction,
    Duration fetchMinInterval,
    Optional<Duration> retryPause,
    Duration loginMinInterval,
    boolean dryRunMaySignIn,
    CycleSettings cycle,
    Map<String, String> env) {

  /** Where the records and the session live. */
  public enum StateBackend {
    DYNAMODB,
    SQLITE
  }

  public AppSettings {
    env = Map.copyOf(env);
  }

  public static AppSettings fromEnvironment(Map<String, String> env) {
    EnvValues v = new EnvValues(env);
    boolean lambda = v.present("AWS_LAMBDA_FUNCTION_NAME");
    StateBackend backend =
        v.choice("STATE_BACKEND", lambda ? "dynamodb" : "sqlite").equals("dynamodb")
            ? StateBackend.DYNAMODB
            : StateBackend.SQLITE;
    CycleSettings cycle =
        new CycleSettings(
                v.integer("MAX_SEND_ATTEMPTS", 3, 1, 20),
                Duration.ofMinutes(v.integer("STALE_CLAIM_MINUTES", 15, 1, 24 * 60)),
                v.flag("COMPARISON_MODE") || v.flag("COMPARISON_MODE_ENABLED"),
                v.flag("DRY_RUN"),
                v.integer(
                    "SEND_CONCURRENCY",
                    ExecutionSettings.DEFAULT_SEND_CONCURRENCY,
                    1,
                    ExecutionSettings.MAX_SEND_CONCURRENCY))
            .withLimits(
                Duration.ofSeconds(v.integer("CYCLE_DEADLINE_SECONDS", 270, 10, 3600)),
                Duration.ofSeconds(v.integer("NOTICE_BUDGET_SECONDS", 30, 1, 600)))
            .withChat(ReportingSettings.fromEnvironment(env).chat());
    // The sender's switches are read now, so an unreadable one stops the start, not a later send.
    DeliveryMode.fromEnvironment(env);
    return new AppSettings(
        Path.of(v.text("NAVER_SMS_CONFIG_DIR", lambda ? "/var/task/config" : "config")),
        backend,
        sqlitePath(env),
        v.text("SMS_TABLE", "sms"),
        v.text("SESSION_TABLE", "session"),
        v.text("AWS_REGION", "ap-northeast-2"),
        v.optional("DYNAMODB_ENDPOINT").map(URI::create),
        v.optional("NAVER_BASE_URL"),
        v.optional("SENS_BASE_URL").map(URI::create),
        v.optional("TELEGRAM_BASE_URL").map(URI::create),
        v.integer("FETCH_CONCURRENCY", 4, 1, 16),
        v.text("COMPARISON_BASELINE", "legacy"),
        v.optional("LOGIN_FUNCTION_NAME"),
        Duration.ofMillis(v.integer("FETCH_MIN_INTERVAL_MS", 250, 0, 60_000)),
        v.optional("RETRY_PAUSE_MS").map(ms -> Duration.ofMillis(Long.parseLong(ms))),
        Duration.ofMinutes(
            v.integer(
                "LOGIN_MIN_INTERVAL_MINUTES",
                (int) SignInPolicy.DEFAULT_MIN_INTERVAL.toMinutes(),
                0,
                7 * 24 * 60)),
        false,
        cycle,
        env);
  }

  /**
   * Where a failed browser sign-in leaves its screenshot and page ({@code
   * NAVER_LOGIN_DIAGNOSTICS_DIR} overrides): {@code login-diagnostics} beside the SQLite state
   * file, owner-only like it; with DynamoDB (no state folder) the temporary folder's {@code
   * naver-login-diagnostics}.
   */
  public Path loginDiagnostics() {
    return loginDiagnostics(
        stateBackend == StateBackend.SQLITE ? Optional.of(sqlitePath) : Optional.empty());
  }

  /** As {@link #loginDiagnostics()} for the SQLite state file {@code sqliteState}, if any. */
  public static Path loginDiagnostics(Optional<Path> sqliteState) {
    return sqliteState
        .map(p -> p.toAbsolutePath().normalize().getParent())
        .map(dir -> dir.resolve("login-diagnostics"))
        .orElse(ChromiumSettings.TEMPORARY_DIAGNOSTICS);
  }

  /**
   * {@code SQLITE_PATH}, else the default state file; always absolute, so the working directory
   * never picks the state.
   */
  public static Path sqlitePath(Map<String, String> env) {
    EnvValues v = new EnvValues(env);
    return v.optional("SQLITE_PATH")
        .map(Path::of)
        .orElseGet(() -> defaultSqlitePath(env))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * {@code $XDG_STATE_HOME/naver-sms/state.db}, else {@code $HOME/.local/state/naver-sms/state.db}
   * (the XDG base-directory default), {@code HOME} falling back to the JVM's {@code user.home}.
   */
  public static Path defaultSqlitePath(Map<String, String> env) {
    EnvValues v = new EnvValues(env);
    Path stateHome =
        v.optional("XDG_STATE_HOME")
            .map(Path::of)
            .filter(Path::isAbsolute)
            .orElseGet(() ->
                Path.of(v.text("HOME", System.getProperty("user.home")))
                    .resolve(".local")
                    .resolve("state"));
    return stateHome.resolve("naver-sms").resolve("state.db");
  }

  public AppSettings withConfigDir(Path dir) {
    return new AppSettings(
        dir,
        stateBackend,
        sqlitePath,
        smsTable,
        sessionTable,
        region,
        dynamoEndpoint,
        naverBaseUrl,
        sensBaseUrl,
        telegramBaseUrl,
        fetchConcurrency,
        comparisonBaseline,
        loginFunction,
        fetchMinInterval,
        retryPause,
        loginMinInterval,
        dryRunMaySignIn,
        cycle,
        env);
  }

  /** Every service at one base URL (the simulator), no pacing, quick retries. */
  public AppSettings pointedAt(String baseUrl) {
    URI base = URI.create(baseUrl);
    return new AppSettings(
        configDir,
        stateBackend,
        sqlitePath,
        smsTable,
        sessionTable,
        region,
        dynamoEndpoint,
        Optional.of(baseUrl),
        Optional.of(base),
        Optional.of(base),
        fetchConcurrency,
        comparisonBaseline,
        loginFunction,
        Duration.ZERO,
        Optional.of(Duration.ofMillis(10)),
        loginMinInterval,
        dryRunMaySignIn,
        cycle,
        env);
  }

  public AppSettings withCycle(CycleSettings settings) {
    return new AppSettings(
        configDir,
        stateBackend,
        sqlitePath,
        smsTable,
        sessionTable,
        region,
        dynamoEndpoint,
        naverBaseUrl,
        sensBaseUrl,
        telegramBaseUrl,
        fetchConcurrency,
        comparisonBaseline,
        loginFunction,
        fetchMinInterval,
        retryPause,
        loginMinInterval,
        dryRunMaySignIn,
        settings,
        env);
  }

  /** {@code run --dry-run --login}: the dry run may sign in (and store the session). */
  public AppSettings withDryRunSignIn(boolean allowed) {
    return new AppSettings(
        configDir,
        stateBackend,
        sqlitePath,
        smsTable,
        sessionTable,
        region,
        dynamoEndpoint,
        naverBaseUrl,
        sensBaseUrl,
        telegramBaseUrl,
        fetchConcurrency,
        comparisonBaseline,
        loginFunction,
        fetchMinInterval,
        retryPause,
        loginMinInterval,
        allowed,
        cycle,
        env);
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
    return readOnly() ? new SignInPolicy.Never() : new SignInPolicy.Limited(loginMinInterval);
  }
}
