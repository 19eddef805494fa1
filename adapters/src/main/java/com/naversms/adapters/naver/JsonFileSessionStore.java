package com.naversms.adapters.naver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.naversms.core.ports.SessionStore;
import com.naversms.core.session.SessionCookies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The session item in a JSON file, in the legacy item shape {@code {"id": "1", "cookies": "[...]"}}
 * (for hosts without a database; the file holds sign-in cookies, so it is written owner-only when
 * the file system allows).
 */
public final class JsonFileSessionStore implements SessionStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  public JsonFileSessionStore(Path file) {
    this.file = file;
  }

  @Override
  public Optional<SessionCookies> load() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(CookieJson.read(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read session file " + file, e);
    } catch (CookieJson.InvalidCookieJson e) {
      throw new IllegalStateException("session file " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void save(SessionCookies cookies) {
    ObjectNode item = JSON.createObjectNode();
    item.put("id", "1");
    item.put("cookies", CookieJson.write(cookies));
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "session", ".tmp");
      Files.writeString(tmp, item.toString());
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write session file " + file, e);
    }
  }

  @Override
  public void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete session file " + file, e);
    }
  }
}
