package com.naversms.app.cli;

import com.naversms.adapters.files.OwnerOnlyFiles;
import com.naversms.core.booking.Booking;
import com.naversms.core.state.StoredRecord;
import com.naversms.formats.plan.PlanJson;
import com.naversms.formats.snapshot.Pseudonyms;
import com.naversms.formats.snapshot.SnapshotJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `naver-sms snapshot`: 'snapshot export --out DIR' for replaying a case offline. */
@Command(
    name = "snapshot",
    description = "Snapshot tools: 'snapshot export --out DIR [--pseudonymise]'.",
    mixinStandardHelpOptions = true,
    subcommands = SnapshotCommand.Export.class)
final class SnapshotCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /**
   * `naver-sms snapshot export --out DIR`: the bookings a cycle would fetch now and their records,
   * in the formats {@code plan --bookings/--records} read, owner-only; sends and writes nothing
   * else.
   */
  @Command(
      name = "export",
      description =
          "Writes the live bookings (partner-API JSON) and their records (legacy item JSON) as"
              + " DIR/bookings.json and DIR/records.json, readable by the owner only, for 'plan"
              + " --bookings --records --at' on another machine. Sends and writes nothing else.",
      mixinStandardHelpOptions = true)
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(
        names = {"--pseudonymise", "--pseudonymize"},
        description =
            "replace customers' names, phones and e-mail addresses by made-up ones, consistently")
    boolean pseudonymise;

    @Option(
        names = "--login",
        description = "sign in when the stored session does not work, and store the new session")
    boolean login;

    @Option(
        names = "--config",
        paramLabel = "DIR",
        description = "config folder (default: $NAVER_SMS_CONFIG_DIR, else ./config)")
    Path config;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      Path bookingsFile = out.resolve("bookings.json");
      Path recordsFile = out.resolve("records.json");
      for (Path f : List.of(bookingsFile, recordsFile)) {
        if (Files.exists(f)) {
          err.println("naver-sms snapshot export: " + f + " exists; choose a new folder");
          err.flush();
          return 2;
        }
      }
      Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      LiveLook look = LiveLook.fetch(config, login, at, id -> true, err);
      if (look.previewed() == null) {
        err.flush();
        return look.exitCode();
      }
      List<Booking> bookings = look.previewed().bookings();
      List<StoredRecord> records =
          look.previewed().records().values().stream()
              .sorted(
                  Comparator.comparing((StoredRecord r) -> r.key().bookingNum())
                      .thenComparing(r -> r.key().phone()))
              .toList();
      String bookingsJson;
      String recordsJson;
      if (pseudonymise) {
        Pseudonyms names = Pseudonyms.of(bookings, records);
        bookingsJson = SnapshotJson.bookingObjects(bookings.stream().map(names::booking).toList());
        recordsJson = SnapshotJson.records(records.stream().map(names::record).toList());
      } else {
        bookingsJson = SnapshotJson.bookings(bookings);
        recordsJson = SnapshotJson.records(records);
      }
      OwnerOnlyFiles.folders(out);
      OwnerOnlyFiles.write(bookingsFile, bookingsJson.getBytes(StandardCharsets.UTF_8));
      OwnerOnlyFiles.write(recordsFile, recordsJson.getBytes(StandardCharsets.UTF_8));
      String when = PlanJson.at(look.previewed().plan());
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(
          "Exported "
              + bookings.size()
              + " bookings and "
              + records.size()
              + " records"
              + (pseudonymise ? " (pseudonymised)" : "")
              + " at "
              + when
              + " to "
              + out
              + " (owner-only files).");
      stdout.println(
          "Replay: naver-sms plan --bookings "
              + bookingsFile
              + " --records "
              + recordsFile
              + " --at "
              + when
              + " --explain");
      stdout.flush();
      err.flush();
      return look.previewed().failures().isEmpty() ? 0 : 1;
    }
  }
}
