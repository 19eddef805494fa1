package com.naversms.app.wiring;

import com.naversms.app.settings.AppSettings;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The state {@code run} and {@code daemon} will use, checked before anything opens it: a SQLite
 * file that does not exist is refused unless {@code --init-state} asks for it, so a wrong path
 * never looks like "nothing was ever sent". DynamoDB tables are not created here: they must exist
 * (Terraform creates them), and {@code --init-state} changes nothing for them.
 *
 * @param description what the start-up line prints: the backend and its absolute path or tables
 * @param created true when this start creates the SQLite file (its first cycle is announced)
 */
public record StateLocation(String description, boolean created) {

  /**
   * @throws IllegalArgumentException (exit 2) naming the path and {@code --init-state} when the
   *     SQLite file is missing and {@code init} is false, or when the path is not a file
   */
  public static StateLocation check(AppSettings settings, boolean init) {
    return switch (settings.state().backend()) {
      case DYNAMODB -> new StateLocation(settings.state().dynamo().describe(), false);
      case SQLITE -> sqlite(settings.sqlitePath(), init);
    };
  }

  private static StateLocation sqlite(Path file, boolean init) {
    if (Files.exists(file)) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("state file " + file + " (SQLITE_PATH) is not a file");
      }
      return new StateLocation("SQLite " + file, false);
    }
    if (!init) {
      throw new IllegalArgumentException(
          "state file "
              + file
              + " does not exist. If this is a new installation, start once with --init-state to"
              + " create it; otherwise set SQLITE_PATH to the existing state file (a new, empty"
              + " state would send every due message again)");
    }
    return new StateLocation("SQLite " + file + " (new)", true);
  }
}
