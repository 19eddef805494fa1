package com.naversms.app.cli;

import com.naversms.adapters.session.CookieJson;
import com.naversms.app.settings.Environment;
import com.naversms.app.settings.StateSettings;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `naver-sms session`: Session tools: 'session import --cookies FILE'. */
@Command(
    name = "session",
    description = "Session tools: 'session import --cookies FILE'.",
    mixinStandardHelpOptions = true,
    subcommands = SessionCommand.Import.class)
final class SessionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** `naver-sms session import --cookies FILE`: seeds the session from a cookie export. */
  @Command(
      name = "import",
      description =
          "Stores a Naver session from a cookie JSON file: the legacy session item or cookie list,"
              + " or a browser extension's cookie export.",
      mixinStandardHelpOptions = true)
  static final class Import implements Callable<Integer> {
    private static final List<String> SIGN_IN_COOKIES = List.of("NID_AUT", "NID_SES");

    @Spec CommandSpec spec;

    @Option(names = "--cookies", required = true, paramLabel = "FILE", description = "cookie JSON")
    Path cookies;

    @Option(
        names = "--sqlite",
        paramLabel = "FILE",
        description =
            "SQLite state file (default: $SQLITE_PATH, else ~/.local/state/naver-sms/state.db)")
    Path sqlite;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      String text;
      try {
        text = Files.readString(cookies);
      } catch (IOException e) {
        err.println("naver-sms session import: " + cookies + ": cannot read: " + e.getMessage());
        return 2;
      }
      SessionCookies read;
      try {
        read = CookieJson.read(text);
      } catch (CookieJson.InvalidCookieJson e) {
        err.println("naver-sms session import: " + cookies + ": " + e.getMessage());
        return 2;
      }
      for (String needed : SIGN_IN_COOKIES) {
        if (read.cookies().stream().noneMatch(c -> c.name().equals(needed))) {
          err.println(
              "naver-sms session import: "
                  + cookies
                  + ": field 'name': no cookie named "
                  + needed
                  + " (Naver's sign-in cookie; export the cookies of naver.com while signed in)");
          return 2;
        }
      }
      try (OpenedStore<SessionStore> store =
          SessionStores.open(StateSettings.from(Environment.process()), sqlite)) {
        store.store().save(read);
        spec.commandLine()
            .getOut()
            .println(
                "imported "
                    + read.cookies().size()
                    + " cookies as the Naver session ("
                    + store.where()
                    + ")");
      }
      return 0;
    }
  }
}
