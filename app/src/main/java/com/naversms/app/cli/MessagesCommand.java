package com.naversms.app.cli;

import com.naversms.app.settings.AppSettings;
import com.naversms.app.settings.Environment;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.app.wiring.StateLocation;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.ledger.LedgerKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code naver-sms messages}: the message ledger for operators (docs/state.md, "The message
 * ledger"; docs/ops/runbook.md): list, show, resolve an uncertain message, resend one. The same on
 * SQLite and DynamoDB ({@code STATE_BACKEND}).
 */
@Command(
    name = "messages",
    description =
        "The message ledger: 'messages list', 'messages show KEY', 'messages resolve KEY"
            + " --delivered|--not-delivered', 'messages resend KEY'.",
    mixinStandardHelpOptions = true,
    subcommands = {
      MessagesList.class,
      MessagesShow.class,
      MessagesResolve.class,
      MessagesResend.class
    })
final class MessagesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /**
   * The graph over the state the environment names ({@code STATE_BACKEND}, {@code SQLITE_PATH}): a
   * SQLite file that does not exist is refused (exit 2), never created. JSON logs go to stderr.
   */
  static Wiring open() {
    AppSettings settings = AppSettings.fromEnvironment(Environment.process());
    StateLocation.check(settings, false);
    return SelfHosted.wiring(settings, System.err);
  }

  /** Closes the graph and its state. */
  static void close(Wiring wiring) {
    try (wiring;
        var persistence = wiring.persistence()) {
      // both closed, the persistence first
    } catch (Exception e) {
      throw new IllegalStateException("closing the state store: " + e.getMessage(), e);
    }
  }

  /** A KEY argument; bad ones are exit 2 with what is wrong. */
  static LedgerKey key(String text) {
    return LedgerKey.parse(text.strip());
  }

  /** {@code --by}, else {@code $USER}, else "unknown". */
  static String who(String by) {
    if (by != null && !by.isBlank()) {
      return by.strip();
    }
    return Environment.process().optional("USER").filter(u -> !u.isBlank()).orElse("unknown");
  }
}
