package com.naversms.app.cli;

import com.naversms.adapters.naver.ChromiumBrowserLogin;
import com.naversms.adapters.naver.NaverEndpoints;
import com.naversms.adapters.secrets.SecretsSource;
import com.naversms.app.settings.Environment;
import com.naversms.app.settings.NaverSettings;
import com.naversms.app.settings.SecretsSettings;
import com.naversms.app.settings.StateSettings;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.core.secrets.CredentialReader;
import com.naversms.core.secrets.NaverCredentials;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.secrets.SecretsProvider;
import com.naversms.core.session.BrowserLogin.LoginResult;
import com.naversms.core.session.SessionStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `naver-sms login`: Signs in to Naver with Chromium and stores the session. */
@Command(
    name = "login",
    description = "Signs in to Naver with Chromium and stores the session.",
    mixinStandardHelpOptions = true)
final class LoginCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "DIR", description = "configuration folder (unused)")
  Path config;

  @Option(
      names = "--naver-base",
      paramLabel = "URL",
      description =
          "one base URL for the login and partner sites (default: $NAVER_BASE_URL, else Naver)")
  String naverBase;

  @Option(
      names = "--username",
      paramLabel = "ID",
      description =
          "Naver id to sign in as; the password is asked at the terminal, never echoed"
              + " (default: the account in the secrets)")
  String username;

  @Option(
      names = "--secrets-file",
      paramLabel = "FILE",
      description = "secrets JSON file holding the Naver account (default: SECRETS_SOURCE)")
  Path secretsFile;

  /** Declared only to refuse it with a reason: picocli's "unknown option" would not say why. */
  @Option(names = "--password", hidden = true, arity = "0..1", paramLabel = "P")
  String password;

  /** How the password is asked for with {@code --username} (a seam for tests). */
  PasswordPrompt prompt = PasswordPrompt.console();

  @Option(
      names = "--sqlite",
      paramLabel = "FILE",
      description =
          "SQLite state file (default: $SQLITE_PATH, else ~/.local/state/naver-sms/state.db)")
  Path sqlite;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Environment env = Environment.process();
    if (password != null) {
      err.println(
          "naver-sms login: --password is refused: a password on the command line stays in the"
              + " shell history and is visible to other users in 'ps'. Keep it in the secrets"
              + " (naver-sms-automation/naver-credentials, SECRETS_SOURCE or --secrets-file), or"
              + " give --username ID and type it at the prompt.");
      return 2;
    }
    NaverCredentials account;
    try {
      account = credentials(env);
    } catch (SecretsException | IllegalArgumentException e) {
      err.println("naver-sms login: no Naver credentials: " + e.getMessage());
      return 2;
    }
    // the session and a failed sign-in's diagnostics go to the state the cycle reads (--sqlite
    // wins)
    StateSettings state =
        sqlite == null ? StateSettings.from(env) : StateSettings.from(env).withSqliteFile(sqlite);
    NaverSettings naver = NaverSettings.from(env, state);
    NaverEndpoints endpoints =
        naverBase == null || naverBase.isBlank()
            ? naver.endpoints()
            : NaverEndpoints.single(naverBase);
    ChromiumBrowserLogin browser = SelfHosted.chromium(naver, endpoints, Clock.systemUTC());
    java.time.Instant attempted = Clock.systemUTC().instant();
    return switch (browser.login(account.username(), account.password())) {
      case LoginResult.LoggedIn in -> {
        try (OpenedStore<SessionStore> store = SessionStores.open(state, null)) {
          store.store().save(in.cookies());
          store.store().recordSignInAttempt(attempted); // counts for the cycle's rate limit
          out.println(
              "signed in; "
                  + in.cookies().cookies().size()
                  + " cookies stored as the session ("
                  + store.where()
                  + ")");
        }
        yield 0;
      }
      case LoginResult.LoginFailed f -> {
        err.println("naver-sms login: sign-in failed: " + f.reason());
        err.println("  page: " + f.pageUrl());
        err.println("  diagnostics (screenshot, page, URL): " + f.diagnostics());
        yield 1;
      }
    };
  }

  /**
   * {@code --username} with the password typed at the prompt, else the account in the secrets
   * ({@code --secrets-file}, else {@code SECRETS_SOURCE}).
   */
  private NaverCredentials credentials(Environment env) {
    if (username != null) {
      char[] typed =
          prompt
              .ask("Naver password for " + username + ": ")
              .orElseThrow(() ->
                  new IllegalArgumentException(
                      "no terminal to ask the password of "
                          + username
                          + " (keep the account in the secrets instead)"));
      return new NaverCredentials(username, new String(typed));
    }
    SecretsSource source =
        secretsFile != null ? SecretsSource.FILE : SecretsSettings.from(env).source();
    SecretsProvider secrets = source.open(env.asMap(), Optional.ofNullable(secretsFile));
    return new CredentialReader(secrets, e -> {}).naver();
  }
}
