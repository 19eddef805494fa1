package com.naversms.adapters.sqlite;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Creates a state file and its missing folders readable by the owner only (0600 / 0700): the file
 * holds customers' phones and names and the Naver session cookies. SQLite gives its {@code -wal}
 * and {@code -shm} files the database file's permissions. Folders that exist are left as they are.
 */
final class OwnerOnlyFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private OwnerOnlyFiles() {}

  /** Creates {@code file} empty when it does not exist; true when it was created. */
  static boolean create(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    if (Files.exists(absolute)) {
      return false;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      folders(parent);
    }
    try {
      if (POSIX) {
        Files.createFile(
            absolute,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(absolute);
      }
      return true;
    } catch (FileAlreadyExistsException e) {
      return false; // another process created it first: theirs is as good
    }
  }

  private static void folders(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Path parent = dir.getParent();
    if (parent != null) {
      folders(parent);
    }
    try {
      if (POSIX) {
        Files.createDirectory(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectory(dir);
      }
    } catch (FileAlreadyExistsException e) {
      // created meanwhile by another process
    }
  }
}
