package com.naversms.app.cli;

import com.naversms.app.wiring.Wiring;
import com.naversms.core.operator.Resending;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code messages resend KEY}: the same message again, on purpose, through the cycle's sender. */
@Command(
    name = "resend",
    description =
        "Sends a message again on purpose (the customer lost it): the same text, through the"
            + " cycle's claim, ledger and kill switch (SENS_DELIVERY_ENABLED, comparison mode)."
            + " Refused when its slot has passed unless --force. Exit 0 sent, 1 not sent, 2"
            + " refused.",
    mixinStandardHelpOptions = true)
final class MessagesResend implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "KEY", description = "as 'messages list' prints it")
  String key;

  @Option(names = "--note", paramLabel = "TEXT", description = "why it is sent again")
  String note;

  @Option(names = "--by", paramLabel = "NAME", description = "who sends it (default: $USER)")
  String by;

  @Option(names = "--force", description = "send even though the slot has passed")
  boolean force;

  @Override
  public Integer call() {
    var parsed = MessagesCommand.key(key);
    Wiring wiring = MessagesCommand.open();
    try {
      Resending resending = wiring.resending(Clock.systemUTC());
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int exit =
          switch (resending.resend(parsed, MessagesCommand.who(by), note, force)) {
            case Resending.Outcome.Sent s -> {
              out.println(
                  "sent again as " + s.key().id() + " (SENS request " + s.requestId() + ")");
              yield 0;
            }
            case Resending.Outcome.NotSent n -> {
              out.println(
                  "not sent: " + n.key().id() + " is " + n.state().wireName() + ": " + n.reason());
              yield 1;
            }
            case Resending.Outcome.Refused r -> {
              err.println("naver-sms messages resend: " + r.reason());
              yield 2;
            }
          };
      out.flush();
      err.flush();
      return exit;
    } finally {
      MessagesCommand.close(wiring);
    }
  }
}
