package com.naversms.app.cli;

import com.naversms.app.wiring.Wiring;
import com.naversms.core.operator.Resolving;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code messages resolve KEY --delivered | --not-delivered}: settles an uncertain message, or an
 * exhausted one as delivered.
 */
@Command(
    name = "resolve",
    description =
        "Settles an uncertain message once you checked SENS or the customer: --delivered sets its"
            + " flag; --not-delivered releases its claim so the next cycle sends it. An exhausted"
            + " message you settled another way: --delivered sets its flag (the report stops)."
            + " Recorded with who, when and --note.",
    mixinStandardHelpOptions = true)
final class MessagesResolve implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "KEY", description = "as 'messages list' prints it")
  String key;

  @ArgGroup(multiplicity = "1")
  Verdict verdict;

  static final class Verdict {
    @Option(names = "--delivered", description = "it reached the customer")
    boolean delivered;

    @Option(names = "--not-delivered", description = "it did not: the next cycle sends it")
    boolean notDelivered;
  }

  @Option(names = "--note", paramLabel = "TEXT", description = "why (what you checked)")
  String note;

  @Option(names = "--by", paramLabel = "NAME", description = "who resolves it (default: $USER)")
  String by;

  @Override
  public Integer call() {
    var parsed = MessagesCommand.key(key);
    Wiring wiring = MessagesCommand.open();
    try {
      Resolving resolving = wiring.resolving(Clock.systemUTC());
      PrintWriter out = spec.commandLine().getOut();
      return switch (resolving.resolve(parsed, verdict.delivered, MessagesCommand.who(by), note)) {
        case Resolving.Outcome.Resolved r -> {
          out.println(
              parsed.id()
                  + ": "
                  + r.entry().state().wireName()
                  + (verdict.delivered
                      ? " (flag set: no cycle sends it)"
                      : " (claim released: the next cycle sends it)"));
          out.flush();
          yield 0;
        }
        case Resolving.Outcome.Refused r -> {
          spec.commandLine().getErr().println("naver-sms messages resolve: " + r.reason());
          spec.commandLine().getErr().flush();
          yield 2;
        }
      };
    } finally {
      MessagesCommand.close(wiring);
    }
  }
}
