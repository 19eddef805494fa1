package com.naversms.app.cli;

import com.naversms.adapters.naver.ChromiumBrowserLogin;
import com.naversms.adapters.naver.ChromiumSettings;
import com.naversms.adapters.naver.NaverEndpoints;
import com.naversms.core.ports.BrowserLogin.LoginResult;
import com.naversms.core.ports.SessionStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
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

  @Option(names = "--config", paramLabel = "DIR", description = "configuration folder")
  Path config;

  @Option(
      names = "--naver-base",
      paramLabel = "URL",
      description = "one base URL for the login and partner sites (the simulator's)")
  String naverBase;

  @Option(names = "--username", description = "Naver id (default: $NAVER_USERNAME)")
  String username;

  @Option(
      names = "--password",
      description = "Naver password (default: $NAVER_PASSWORD; prefer the variable)")
  String password;

  @Option(names = "--state-dir", paramLabel = "DIR", description = "local state folder")
  Path stateDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> env = System.getenv();
    String user = username != null ? username : env.get("NAVER_USERNAME");
    String pass = password != null ? password : env.get("NAVER_PASSWORD");
    if (user == null || user.isBlank() || pass == null || pass.isEmpty()) {
      err.println(
          "naver-sms login: no Naver credentials: set NAVER_USERNAME and NAVER_PASSWORD"
              + " (or --username/--password)");
      return 2;
    }
    NaverEndpoints endpoints =
        naverBase == null ? NaverEndpoints.production() : NaverEndpoints.single(naverBase);
    ChromiumBrowserLogin browser =
        new ChromiumBrowserLogin(
            endpoints, ChromiumSettings.fromEnvironment(env), Clock.systemUTC());
    LoginResult result = browser.login(user, pass);
    return switch (result) {
      case LoginResult.LoggedIn in -> {
        SessionStore store = SessionCommand.localStore(stateDir, env);
        store.save(in.cookies());
        out.println(
            "signed in; " + in.cookies().cookies().size() + " cookies stored as the session");
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
}
