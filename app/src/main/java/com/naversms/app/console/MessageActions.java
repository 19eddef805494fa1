package com.naversms.app.console;

import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.operator.Resending;
import com.naversms.core.operator.Resolving;

/**
 * The console's two actions on a message, the command line's use cases ({@code messages resend},
 * {@code messages resolve}) over the same ledger, claim and sender: the ledger records them with
 * the owner's note, and so does the console's change log. Each returns what the page says.
 */
final class MessageActions {
  static final String BY = "console";

  private MessageActions() {}

  static String resend(Console console, LedgerKey key, String note, boolean force) {
    Resending resending = console.wiring().resending(console.clock());
    String said =
        switch (resending.resend(key, BY, note, force)) {
          case Resending.Outcome.Sent s -> "다시 보냈습니다: " + s.key().id();
          case Resending.Outcome.NotSent n ->
              "보내지 못했습니다 (" + StateLabels.label(n.state()) + "): " + n.reason();
          case Resending.Outcome.Refused r -> "보내지 않았습니다: " + r.reason();
        };
    console.changes().write("resend " + key.id() + ": " + said, note);
    return said;
  }

  static String resolve(Console console, LedgerKey key, boolean delivered, String note) {
    Resolving resolving = console.wiring().resolving(console.clock());
    String said =
        switch (resolving.resolve(key, delivered, BY, note)) {
          case Resolving.Outcome.Resolved r ->
              delivered ? "전달된 것으로 확인했습니다. 다시 보내지 않습니다." : "받지 못한 것으로 확인했습니다. 다음 주기에 보냅니다.";
          case Resolving.Outcome.Refused r -> "처리하지 않았습니다: " + r.reason();
        };
    console
        .changes()
        .write(
            "resolve " + key.id() + (delivered ? " delivered" : " not delivered") + ": " + said,
            note);
    return said;
  }
}
