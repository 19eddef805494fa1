package com.naversms.app.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the config folder is: the flag, else {@code ./config}, else the clone's {@code config/}.
 */
final class ConfigDirs {
  private ConfigDirs() {}

  static Path find(Path flag) {
    if (flag != null) {
      return flag;
    }
    Path here = Path.of("config");
    if (Files.isDirectory(here)) {
      return here;
    }
    try {
      // app/target/naver-sms.jar → the repository's config/
      Path jar =
          Path.of(ConfigDirs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path repo = jar.getParent() == null ? null : jar.getParent().getParent();
      Path shipped =
          repo == null || repo.getParent() == null ? null : repo.getParent().resolve("config");
      if (shipped != null && Files.isDirectory(shipped)) {
        return shipped;
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall through to ./config, whose absence ConfigLoader reports by name
    }
    return here;
  }
}
