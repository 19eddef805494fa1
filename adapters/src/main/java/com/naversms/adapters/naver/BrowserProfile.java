package com.naversms.adapters.naver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The throw-away Chromium profile folder: a fresh one per sign-in, deleted after. */
final class BrowserProfile {
  private BrowserProfile() {}

  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(BrowserProfile::deleteQuietly);
    } catch (IOException e) {
      // Chromium may still be writing while it exits; a leftover temp folder harms nothing.
      return;
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // see delete(): leftovers in the temp folder are harmless
      return;
    }
  }
}
