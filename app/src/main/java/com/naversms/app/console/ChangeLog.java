package com.naversms.app.console;

import com.naversms.adapters.files.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * The console's audit log: one line per change made through it (a template saved, a message resent
 * or resolved), with the time, what changed and the owner's note, in {@code
 * CONFIG_DIR/.backup/changes.log} beside the backups. Resends and resolutions are in the message
 * ledger too, with the same note. Lines hold message keys (last four digits only), never a number.
 */
final class ChangeLog {
  private final Path file;
  private final Clock clock;

  ChangeLog(Path dir, Clock clock) {
    this.file = dir.resolve("changes.log");
    this.clock = clock;
  }

  synchronized void write(String what, String note) {
    String line =
        clock.instant()
            + "\t"
            + oneLine(what)
            + "\t"
            + oneLine(note == null ? "" : note)
            + System.lineSeparator();
    try {
      OwnerOnlyFiles.create(file);
      Files.writeString(
          file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the console's change log " + file, e);
    }
  }

  Path file() {
    return file;
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
