package com.naversms.adapters.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold customers' data, session cookies or sign-in pages, created readable by the owner
 * only: files 0600, the folders created for them 0700. The mode is given to each create call, so it
 * never depends on the process umask (which can only take bits away). Folders that exist are left
 * as they are; an existing file keeps its mode (an operator may have chosen it).
 */
public final class OwnerOnlyFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private OwnerOnlyFiles() {}

  /** Creates {@code file} empty (and its missing folders) when it does not exist; true if so. */
  public static boolean create(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    if (Files.exists(absolute)) {
      return false;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      folders(parent);
    }
    try {
      Files.createFile(absolute, attributes(FILE));
      return true;
    } catch (FileAlreadyExistsException e) {
      return false; // another process created it first: theirs is as good
    }
  }

  /** Creates {@code dir} and its missing parents 0700; returns {@code dir}. */
  public static Path folders(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return dir;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      folders(parent);
    }
    try {
      Files.createDirectory(absolute, attributes(FOLDER));
    } catch (FileAlreadyExistsException e) {
      // created meanwhile by another process
    }
    return dir;
  }

  /**
   * Writes {@code bytes} to a new file {@code file} (0600; its missing folders 0700). A file that
   * exists is an error: each write here is a new diagnostic or a temporary file, never a reuse.
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      folders(parent);
    }
    Files.write(
        Files.createFile(file, attributes(FILE)), bytes, StandardOpenOption.TRUNCATE_EXISTING);
  }

  private static FileAttribute<?>[] attributes(Set<PosixFilePermission> mode) {
    return POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)}
        : new FileAttribute<?>[0];
  }
}
