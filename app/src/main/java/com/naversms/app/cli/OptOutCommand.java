package com.naversms.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.naversms.adapters.redaction.Redaction;
import com.naversms.app.settings.Environment;
import com.naversms.app.settings.StateSettings;
import com.naversms.core.booking.Phone;
import com.naversms.core.optout.OptOutNumber;
import com.naversms.core.optout.OptOutStore;
import com.naversms.core.optout.OptOutStore.Entry;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `naver-sms optout`: the numbers that refused advertising messages (수신거부), in the state store the
 * cycle reads. Every number it prints is masked ({@code 010-****-1234}), notes included.
 */
@Command(
    name = "optout",
    description =
        "The opt-out list (수신거부): 'optout add NUMBER [--note TEXT]', 'optout remove NUMBER',"
            + " 'optout list [--format table|json]'. Same state store as 'run' (STATE_BACKEND,"
            + " SQLITE_PATH, OPTOUT_TABLE).",
    mixinStandardHelpOptions = true,
    subcommands = {OptOutCommand.Add.class, OptOutCommand.Remove.class, OptOutCommand.Show.class})
final class OptOutCommand implements Callable<Integer> {
  static final ZoneId KST = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter ADDED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(KST);

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** The NUMBER argument of {@code add} and {@code remove}. */
  static final class TypedNumber {
    @Parameters(
        paramLabel = "NUMBER",
        description = "mobile number, written as 010-XXXX-XXXX or digits only")
    String typed;

    /** The digits, or empty after an error line naming the command and why. */
    Optional<String> digits(CommandSpec spec, String command) {
      Optional<String> digits = OptOutNumber.parse(typed);
      if (digits.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("naver-sms optout " + command + ": NUMBER: " + OptOutNumber.problem(typed));
      }
      return digits;
    }
  }

  static OpenedStore<OptOutStore> open(StateFile file) {
    StateSettings state = StateSettings.from(Environment.process());
    return OptOutStores.open(file.sqlite == null ? state : state.withSqliteFile(file.sqlite));
  }

  /** {@code --sqlite FILE}: the state file, whatever the variables say (as 'session import'). */
  static final class StateFile {
    @Option(
        names = "--sqlite",
        paramLabel = "FILE",
        description =
            "SQLite state file (default: as 'run': $SQLITE_PATH, else"
                + " ~/.local/state/naver-sms/state.db; STATE_BACKEND=dynamodb uses OPTOUT_TABLE)")
    java.nio.file.Path sqlite;
  }

  /** `optout add NUMBER [--note TEXT]`. */
  @Command(
      name = "add",
      description =
          "Puts a number on the opt-out list: no advertising message goes to it from the next"
              + " cycle (informational messages still do).",
      mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StateFile file;
    @Mixin TypedNumber number;

    @Option(
        names = "--note",
        paramLabel = "TEXT",
        description = "why or who asked, e.g. \"전화 요청\" (kept with the entry)")
    String note = "";

    @Override
    public Integer call() {
      Optional<String> digits = number.digits(spec, "add");
      if (digits.isEmpty()) {
        return 2;
      }
      PrintWriter out = spec.commandLine().getOut();
      String masked = Phone.masked(digits.get());
      try (OpenedStore<OptOutStore> opened = open(file)) {
        Entry entry =
            new Entry(digits.get(), Clock.systemUTC().instant(), note, OptOutStore.OPERATOR);
        if (opened.store().add(entry)) {
          out.println("added " + masked + " to the opt-out list (" + opened.where() + ")");
        } else {
          out.println(
              masked
                  + " is already on the opt-out list (since "
                  + since(opened.store(), digits.get())
                  + "; the first entry is kept) ("
                  + opened.where()
                  + ")");
        }
      }
      return 0;
    }

    private static String since(OptOutStore store, String digits) {
      return store.entries().stream()
          .filter(e -> e.phone().equals(digits))
          .findFirst()
          .map(e -> ADDED.format(e.addedAt()) + " KST")
          .orElse("earlier");
    }
  }

  /** `optout remove NUMBER`. */
  @Command(
      name = "remove",
      description =
          "Takes a number off the opt-out list (the customer asked to receive advertising again).",
      mixinStandardHelpOptions = true)
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StateFile file;
    @Mixin TypedNumber number;

    @Override
    public Integer call() {
      Optional<String> digits = number.digits(spec, "remove");
      if (digits.isEmpty()) {
        return 2;
      }
      String masked = Phone.masked(digits.get());
      try (OpenedStore<OptOutStore> opened = open(file)) {
        boolean removed = opened.store().remove(digits.get());
        spec.commandLine()
            .getOut()
            .println(
                (removed
                        ? "removed " + masked + " from the opt-out list"
                        : masked + " is not on the opt-out list; nothing changed")
                    + " ("
                    + opened.where()
                    + ")");
      }
      return 0;
    }
  }

  /** The formats of `optout list`. */
  enum Format {
    table,
    json
  }

  /** `optout list [--format table|json]`. */
  @Command(
      name = "list",
      description = "Prints the opt-out list, oldest first, numbers masked.",
      mixinStandardHelpOptions = true)
  static final class Show implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec CommandSpec spec;
    @Mixin StateFile file;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "table (default) or json; numbers masked in both")
    Format format = Format.table;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (OpenedStore<OptOutStore> opened = open(file)) {
        List<Entry> entries = opened.store().entries();
        if (format == Format.json) {
          ArrayNode list = JSON.createArrayNode();
          for (Entry e : entries) {
            list.addObject()
                .put("phone", Phone.masked(e.phone()))
                .put("added_at", e.addedAt().toString())
                .put("note", note(e))
                .put("source", e.source());
          }
          out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list));
          return 0;
        }
        TextTable table = new TextTable("NUMBER", "ADDED (KST)", "SOURCE", "NOTE");
        entries.forEach(e ->
            table.row(Phone.masked(e.phone()), ADDED.format(e.addedAt()), e.source(), note(e)));
        out.print(table.render());
        out.println(
            entries.size()
                + (entries.size() == 1 ? " number" : " numbers")
                + " on the opt-out list ("
                + opened.where()
                + ")");
      }
      return 0;
    }

    /** A note may hold a number someone typed: masked like every number printed. */
    private static String note(Entry e) {
      return Redaction.none().text(e.note());
    }
  }
}
