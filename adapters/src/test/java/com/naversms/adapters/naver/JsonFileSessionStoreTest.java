package com.naversms.adapters.naver;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.statecontract.SessionContract;
import com.naversms.adapters.statecontract.StateBackend;
import com.naversms.core.session.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session file passes the session contract and still reads a hand-written cookie list. */
class JsonFileSessionStoreTest extends SessionContract {
  @TempDir Path temp;

  @Override
  protected StateBackend newBackend() {
    throw new UnsupportedOperationException("the session file holds no records");
  }

  @Override
  protected SessionStore newSessionStore() {
    return new JsonFileSessionStore(temp.resolve("session.json"));
  }

  @Test
  void aHandWrittenCookieListLoadsAndKeepsItsCookiesWhenAnAttemptIsRecorded() throws Exception {
    Path file = temp.resolve("pasted.json");
    Files.writeString(
        file,
        "[{\"name\":\"NID_AUT\",\"value\":\"made-up\",\"domain\":\".naver.com\",\"path\":\"/\"}]");
    JsonFileSessionStore store = new JsonFileSessionStore(file);

    var pasted = store.load().orElseThrow();
    store.recordSignInAttempt(Instant.parse("2026-12-03T09:00:00Z"));

    assertThat(Files.readString(file)).contains("\"id\":\"1\"", "last_login_attempt");
    assertThat(store.load()).contains(pasted);
  }

  @Test
  void theSessionFile_andTheFoldersMadeForIt_areOwnerOnly() throws Exception {
    Path file = temp.resolve("made/for/it/session.json");
    JsonFileSessionStore store = new JsonFileSessionStore(file);

    store.recordSignInAttempt(Instant.parse("2026-12-03T09:00:00Z"));

    assertThat(mode(file)).isEqualTo("rw-------");
    assertThat(mode(file.getParent())).isEqualTo("rwx------");
    assertThat(mode(temp.resolve("made"))).isEqualTo("rwx------");
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
