package com.naversms.app.wiring;

import com.naversms.adapters.files.EvidenceFolder;
import com.naversms.adapters.naver.ChromiumBrowserLogin;
import com.naversms.adapters.naver.NaverEndpoints;
import com.naversms.adapters.s3.S3Evidence;
import com.naversms.adapters.s3.S3Folders;
import com.naversms.adapters.sqlite.SqliteDatabase;
import com.naversms.adapters.sqlite.SqliteLedger;
import com.naversms.adapters.sqlite.SqliteOptOutStore;
import com.naversms.adapters.sqlite.SqliteSessionStore;
import com.naversms.adapters.sqlite.SqliteStateStore;
import com.naversms.app.settings.AppSettings;
import com.naversms.app.settings.NaverSettings;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.session.BrowserLogin;
import com.naversms.core.session.LoginEvidence;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The wiring of the CLI jar ({@code run}, {@code daemon}, the login function's image): the state in
 * SQLite or DynamoDB as {@code STATE_BACKEND} says, the browser login in a local Chromium unless
 * {@code LOGIN_FUNCTION_NAME} names the login function. The cycle function's artifact leaves this
 * class out (docs/deploy.md, "Artifacts").
 */
public final class SelfHosted {
  private SelfHosted() {}

  public static Wiring wiring(AppSettings settings, PrintStream logs) {
    return wiring(settings, logs, Clock.systemUTC());
  }

  /** As above on {@code clock}: the start-up benchmark runs the first cycle at its own instant. */
  public static Wiring wiring(AppSettings settings, PrintStream logs, Clock clock) {
    return Wiring.assemble(settings, logs, clock, persistence(settings), browser(settings, clock));
  }

  public static Persistence persistence(AppSettings settings) {
    return switch (settings.state().backend()) {
      case DYNAMODB ->
          Persistence.dynamo(settings.state().dynamo(), settings.state().ledgerRetention());
      case SQLITE ->
          settings.readOnly()
              ? sqliteReadOnly(settings.sqlitePath())
              : sqlite(settings.sqlitePath(), settings.state().ledgerRetention());
    };
  }

  public static BrowserLogin browser(AppSettings settings, Clock clock) {
    if (settings.naver().loginFunction().isPresent()) {
      return LambdaInvokedLogin.of(settings);
    }
    return chromium(settings.naver(), settings.naver().endpoints(), clock);
  }

  /**
   * The local Chromium sign-in; a failure's screenshot and page go to {@code LOGIN_EVIDENCE_URI}
   * when set (the login function on AWS), else to the diagnostics folder beside the state.
   */
  public static ChromiumBrowserLogin chromium(
      NaverSettings naver, NaverEndpoints endpoints, Clock clock) {
    LoginEvidence evidence =
        naver
            .evidence()
            .<LoginEvidence>map(at -> new S3Evidence(at, new S3Folders(naver.s3())))
            .orElseGet(() -> new EvidenceFolder(naver.chromium().diagnostics()));
    return new ChromiumBrowserLogin(endpoints, naver.chromium(), clock, evidence);
  }

  public static Persistence sqlite(Path file) {
    return sqlite(file, MessageLedger.DEFAULT_RETENTION);
  }

  /** The state file with its message ledger ({@code sms_messages}) kept for {@code retention}. */
  public static Persistence sqlite(Path file, Duration retention) {
    SqliteDatabase db = SqliteDatabase.open(file);
    return new Persistence(
        new SqliteStateStore(db),
        new SqliteSessionStore(db),
        new SqliteLedger(db, retention),
        new SqliteOptOutStore(db),
        db);
  }

  /**
   * A dry run's SQLite file: read only, never created. A missing file means there is no stored
   * session either, which a dry run cannot do without (it signs in to nothing).
   */
  public static Persistence sqliteReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no stored Naver session: the state file "
              + file.toAbsolutePath()
              + " (SQLITE_PATH) does not exist, and a dry run signs in to nothing and writes"
              + " nothing; sign in first (naver-sms login), or pass --login to let the dry run"
              + " sign in and store the session");
    }
    SqliteDatabase db = SqliteDatabase.openReadOnly(file);
    // a dry run records nothing: no ledger (an older file may not even have its table)
    return new Persistence(
        new SqliteStateStore(db),
        new SqliteSessionStore(db),
        MessageLedger.none(),
        new SqliteOptOutStore(db),
        db);
  }
}
