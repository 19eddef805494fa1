package com.naversms.app.cli;

import com.naversms.app.settings.Environment;
import com.naversms.app.wiring.ConfigFolder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the config folder is. Every command but {@code demo}: {@code --config}, else {@code
 * NAVER_SMS_CONFIG_DIR}, else {@code ./config} ({@link ConfigFolder}). Only {@code demo} falls back
 * to the example config shipped with the code, by name ({@link #shippedExample}).
 */
final class ConfigDirs {
  private ConfigDirs() {}

  /** The folder by precedence; its absence is reported by the loader, naming it. */
  static Path find(Path flag) {
    return ConfigFolder.locate(flag, Environment.process().asMap());
  }

  /** The demo's: the flag, else {@code ./config}, else the shipped example. */
  static Path forDemo(Path flag) {
    if (flag != null) {
      return flag;
    }
    Path here = Path.of("config");
    if (Files.isDirectory(here)) {
      return here;
    }
    return shippedExample().orElse(here);
  }

  /** The repository's {@code config/} next to the jar ({@code app/target/naver-sms.jar}). */
  static Optional<Path> shippedExample() {
    try {
      Path jar =
          Path.of(ConfigDirs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path repo = jar.getParent() == null ? null : jar.getParent().getParent();
      Path shipped =
          repo == null || repo.getParent() == null ? null : repo.getParent().resolve("config");
      return shipped != null && Files.isDirectory(shipped)
          ? Optional.of(shipped)
          : Optional.empty();
    } catch (URISyntaxException | SecurityException e) {
      return Optional.empty(); // no shipped example where the code runs from
    }
  }
}
