package com.naversms.app.cli;

import com.naversms.adapters.naver.ChromiumBrowserLogin;
import com.naversms.adapters.naver.ChromiumSettings;
import com.naversms.adapters.naver.NaverEndpoints;
import com.naversms.adapters.secrets.SecretsSource;
import com.naversms.core.secrets.CredentialReader;
import com.naversms.core.secrets.NaverCredentials;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.secrets.SecretsProvider;
import com.naversms.core.session.BrowserLogin.LoginResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
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

  @Option(names = "--username", description = "Naver id (default: from the secrets)")
  String username;

  @Option(names = "--password", description = "Naver password (default: from the secrets)")
  String password;

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
    Map<String, String> env = System.getenv();
    NaverCredentials account;
    try {
      account = credentials(env);
    } catch (SecretsException | IllegalArgumentException e) {
      err.println("naver-sms login: no Naver credentials: " + e.getMessage());
      return 2;
    }
    String base = naverBase != null ? naverBase : env.get("NAVER_BASE_URL");
    NaverEndpoints endpoints =
        base == null || base.isBlank() ? NaverEndpoints.production() : NaverEndpoints.single(base);
    ChromiumBrowserLogin browser =
        new ChromiumBrowserLogin(
            endpoints, ChromiumSettings.fromEnvironment(env), Clock.systemUTC());
    java.time.Instant attempted = Clock.systemUTC().instant();
    return switch (browser.login(account.username(), account.password())) {
      case LoginResult.LoggedIn in -> {
        try (SessionStores.Opened store = SessionStores.open(env, sqlite)) {
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
   * {@code --username}/{@code --password} when given, else the secrets ({@code SECRETS_SOURCE}).
   */
  private NaverCredentials credentials(Map<String, String> env) {
    if (username != null || password != null) {
      if (username == null || password == null) {
        throw new IllegalArgumentException("give both --username and --password");
      }
      return new NaverCredentials(username, password);
    }
    SecretsProvider secrets = SecretsSource.defaultFor(env).open(env, Optional.empty());
    return new CredentialReader(secrets, e -> {}).naver();
  }
}
