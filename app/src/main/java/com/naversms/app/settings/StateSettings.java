package com.naversms.app.settings;

import com.naversms.adapters.dynamodb.DynamoLedger;
import com.naversms.adapters.dynamodb.DynamoOptOutStore;
import com.naversms.adapters.dynamodb.DynamoSessionStore;
import com.naversms.adapters.dynamodb.DynamoSettings;
import com.naversms.adapters.dynamodb.DynamoStateStore;
import com.naversms.adapters.naver.ChromiumSettings;
import com.naversms.core.ledger.MessageLedger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Where the records, the session and the opt-out list live ({@code STATE_BACKEND}: {@code dynamodb}
 * inside Lambda, else {@code sqlite}), read from the environment here and nowhere else: {@code
 * run}, {@code daemon}, the Lambda functions and the session/login commands share it.
 *
 * @param sqlitePath the SQLite state file, always absolute (read even with DynamoDB: unused then)
 * @param ledgerRetention how long a message-ledger entry is kept after its last change ({@code
 *     LEDGER_RETENTION_DAYS}, default 180)
 * @param carrierChecksPerCycle at most this many carrier results asked of SENS per cycle ({@code
 *     CARRIER_CHECKS_PER_CYCLE}, default 50; 0 asks none)
 */
public record StateSettings(
    Backend backend,
    Path sqlitePath,
    DynamoSettings dynamo,
    Duration ledgerRetention,
    int carrierChecksPerCycle) {

  public static final int DEFAULT_CARRIER_CHECKS = 50;

  /** The ledger's defaults. */
  public StateSettings(Backend backend, Path sqlitePath, DynamoSettings dynamo) {
    this(backend, sqlitePath, dynamo, MessageLedger.DEFAULT_RETENTION, DEFAULT_CARRIER_CHECKS);
  }

  /** Where the records and the session live. */
  public enum Backend {
    DYNAMODB,
    SQLITE
  }

  public static StateSettings from(Environment env) {
    boolean lambda = env.present("AWS_LAMBDA_FUNCTION_NAME");
    Backend backend =
        env.choice("STATE_BACKEND", lambda ? "dynamodb" : "sqlite", Set.of("dynamodb", "sqlite"))
                .equals("dynamodb")
            ? Backend.DYNAMODB
            : Backend.SQLITE;
    return new StateSettings(
        backend,
        sqlitePath(env),
        new DynamoSettings(
            env.text("SMS_TABLE", DynamoStateStore.DEFAULT_TABLE),
            env.text("SESSION_TABLE", DynamoSessionStore.DEFAULT_TABLE),
            env.text("OPTOUT_TABLE", DynamoOptOutStore.DEFAULT_TABLE),
            env.text("AWS_REGION", DynamoSettings.DEFAULT_REGION),
            env.optional("DYNAMODB_ENDPOINT").map(URI::create),
            env.text("LEDGER_TABLE", DynamoLedger.DEFAULT_TABLE)),
        Duration.ofDays(
            env.integer(
                "LEDGER_RETENTION_DAYS", (int) MessageLedger.DEFAULT_RETENTION.toDays(), 1, 3650)),
        env.integer("CARRIER_CHECKS_PER_CYCLE", DEFAULT_CARRIER_CHECKS, 0, 1000));
  }

  /** The SQLite file {@code file} (a command-line flag), whatever the variables say. */
  public StateSettings withSqliteFile(Path file) {
    return new StateSettings(
        Backend.SQLITE,
        file.toAbsolutePath().normalize(),
        dynamo,
        ledgerRetention,
        carrierChecksPerCycle);
  }

  /**
   * Where a failed browser sign-in leaves its screenshot and page ({@code
   * NAVER_LOGIN_DIAGNOSTICS_DIR} overrides): {@code login-diagnostics} beside the SQLite state
   * file, owner-only like it; with DynamoDB (no state folder) the temporary folder's {@code
   * naver-login-diagnostics}.
   */
  public Path loginDiagnostics() {
    return backend == Backend.SQLITE
        ? sqlitePath.getParent().resolve("login-diagnostics")
        : ChromiumSettings.TEMPORARY_DIAGNOSTICS;
  }

  /**
   * {@code SQLITE_PATH}, else the default state file; always absolute, so the working directory
   * never picks the state.
   */
  static Path sqlitePath(Environment env) {
    return env.optional("SQLITE_PATH")
        .map(Path::of)
        .orElseGet(() -> defaultSqlitePath(env))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * {@code $XDG_STATE_HOME/naver-sms/state.db}, else {@code $HOME/.local/state/naver-sms/state.db}
   * (the XDG base-directory default), {@code HOME} falling back to the JVM's {@code user.home}.
   */
  static Path defaultSqlitePath(Environment env) {
    Path stateHome =
        env.optional("XDG_STATE_HOME")
            .map(Path::of)
            .filter(Path::isAbsolute)
            .orElseGet(() ->
                Path.of(env.text("HOME", System.getProperty("user.home")))
                    .resolve(".local")
                    .resolve("state"));
    return stateHome.resolve("naver-sms").resolve("state.db");
  }
}
