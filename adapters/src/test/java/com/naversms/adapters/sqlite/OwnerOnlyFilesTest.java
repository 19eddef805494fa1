package com.naversms.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.statecontract.Records;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new state file holds phones, names and session cookies: only its owner may read it. */
class OwnerOnlyFilesTest {
  @TempDir Path dir;

  @Test
  void aNewStateFile_andItsNewFolders_areOwnerOnly() throws Exception {
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = shared.resolve("state/naver-sms/state.db");

    try (SqliteDatabase db = SqliteDatabase.open(file)) {
      new SqliteStateStore(db).create(Records.record(1));
    }

    assertThat(mode(file)).isEqualTo("rw-------");
    assertThat(mode(file.getParent())).isEqualTo("rwx------");
    assertThat(mode(file.getParent().getParent())).isEqualTo("rwx------");
    assertThat(mode(shared)).as("an existing folder is left as it is").isEqualTo("rwxr-xr-x");
  }

  @Test
  void anExistingFile_keepsItsMode() throws Exception {
    Path file = dir.resolve("state.db");
    Files.createFile(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    SqliteDatabase.open(file).close();

    assertThat(mode(file)).isEqualTo("rw-r-----");
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
