package com.naversms.app.console;

import com.naversms.adapters.files.OwnerOnlyFiles;
import com.naversms.core.booking.Booking;
import com.naversms.core.input.ConfigError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Saving {@code sms_templates.yaml} from the console: only when the whole folder loads with the
 * draft, only over the version the page was opened on, the previous file kept in {@code .backup/},
 * the new one written atomically, and the change logged with the owner's note. The next cycle reads
 * it (a daemon follows the folder: docs/console.md).
 */
final class TemplateSave {
  static final String TEMPLATES_FILE = "sms_templates.yaml";
  static final String BACKUP_DIR = ".backup";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  /** How a save ended. */
  sealed interface Outcome {
    record Saved(Path backup) implements Outcome {}

    record Invalid(List<ConfigError> errors) implements Outcome {}

    /** The file changed since the page was opened: nothing written. */
    record Stale() implements Outcome {}
  }

  private TemplateSave() {}

  static Outcome save(Console console, String draft, String base, String note) {
    Path file = console.configDir().resolve(TEMPLATES_FILE);
    synchronized (TemplateSave.class) {
      String current = read(file);
      if (!version(current).equals(base)) {
        return new Outcome.Stale();
      }
      LocalDateTime now = LocalDateTime.now(console.clock().withZone(Booking.SEOUL));
      TemplateDraft.Checked checked =
          TemplateDraft.check(console.configDir(), draft, Optional.empty(), now);
      if (!checked.valid()) {
        return new Outcome.Invalid(checked.errors());
      }
      try {
        Path backups = console.configDir().resolve(BACKUP_DIR);
        Path backup = backups.resolve(TEMPLATES_FILE + "." + now.format(STAMP));
        // the guides hold door codes: the backup is owner-only, the new file keeps the old mode
        OwnerOnlyFiles.write(backup, current.getBytes(StandardCharsets.UTF_8));
        Path temp = Files.createTempFile(console.configDir(), ".sms_templates", ".tmp");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
          Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
        }
        Files.writeString(temp, draft, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        console
            .changes()
            .write(
                TEMPLATES_FILE
                    + " saved: version "
                    + base
                    + " -> "
                    + version(draft)
                    + ", previous kept as "
                    + console.configDir().relativize(backup),
                note);
        return new Outcome.Saved(backup);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot save " + file + ": " + e.getMessage(), e);
      }
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The short SHA-256 of a file's text: which version a page edits. */
  static String version(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
