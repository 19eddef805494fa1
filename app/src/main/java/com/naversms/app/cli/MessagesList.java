package com.naversms.app.cli;

import com.naversms.adapters.redaction.Redaction;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageState;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code messages list}: one line per message, newest first, phones masked, no texts. */
@Command(
    name = "list",
    description =
        "One line per message, newest first: when, key, state, rule and template, phone (masked),"
            + " attempts, carrier result; then the totals per channel with their cost (costs.yaml"
            + " of the config folder, else NCP's list prices). Texts: 'messages show KEY'.",
    mixinStandardHelpOptions = true)
final class MessagesList implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--phone",
      paramLabel = "PHONE",
      description = "the last 4 digits or the whole number")
  String phone;

  @Option(names = "--booking", paramLabel = "BOOKING_NUM", description = "e.g. 1000001_9300000001")
  String booking;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "the Korean day it was planned")
  String date;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description =
          "claimed, accepted, delivered, failed_at_carrier, failed, exhausted, uncertain, deferred,"
              + " cancelled, suppressed, resolved_delivered, resolved_not_delivered")
  String state;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json, phones masked in both (default: ${DEFAULT-VALUE})")
  PlanCommand.Format format;

  @Override
  public Integer call() {
    LedgerQuery query = LedgerQuery.all();
    if (phone != null) {
      String digits = phone.replaceAll("\\D", "");
      if (digits.length() != 4 && digits.length() < 8) {
        throw new IllegalArgumentException("--phone: give the last 4 digits or the whole number");
      }
      query = query.withPhone(digits);
    }
    if (booking != null) {
      query = query.withBooking(booking.strip());
    }
    if (date != null) {
      try {
        query = query.withDate(LocalDate.parse(date.strip()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--date: '" + date + "' is not YYYY-MM-DD");
      }
    }
    if (state != null) {
      try {
        query = query.withState(MessageState.ofWireName(state));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--state: '" + state + "' is not a message state");
      }
    }
    Wiring wiring = MessagesCommand.open();
    try {
      List<LedgerEntry> entries = wiring.persistence().ledger().find(query);
      PrintWriter out = spec.commandLine().getOut();
      String text =
          switch (format) {
            case table ->
                LedgerTable.list(entries)
                    + (entries.isEmpty()
                        ? ""
                        : LedgerTable.totals(
                            entries, ConfigLoader.costs(wiring.settings().configDir())));
            case json -> LedgerTable.json(entries);
          };
      // an error text quoting a number leaves masked too
      out.print(Redaction.none().text(text));
      out.flush();
      return 0;
    } finally {
      MessagesCommand.close(wiring);
    }
  }
}
