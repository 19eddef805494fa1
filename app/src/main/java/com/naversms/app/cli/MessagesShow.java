package com.naversms.app.cli;

import com.naversms.app.wiring.Wiring;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code messages show KEY}: one message's whole history with its text and full number: the one
 * command that prints them (docs/operations.md, "What is masked where").
 */
@Command(
    name = "show",
    description = "One message: its number, sender, rule, template, text and whole history.",
    mixinStandardHelpOptions = true)
final class MessagesShow implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "KEY", description = "as 'messages list' prints it")
  String key;

  @Override
  public Integer call() {
    LedgerKey parsed = MessagesCommand.key(key);
    Wiring wiring = MessagesCommand.open();
    try {
      Optional<LedgerEntry> entry = wiring.persistence().ledger().get(parsed);
      PrintWriter out = spec.commandLine().getOut();
      if (entry.isEmpty()) {
        spec.commandLine().getErr().println("naver-sms messages show: no message " + parsed.id());
        spec.commandLine().getErr().flush();
        return 1;
      }
      out.print(LedgerTable.show(entry.get()));
      out.flush();
      return 0;
    } finally {
      MessagesCommand.close(wiring);
    }
  }
}
