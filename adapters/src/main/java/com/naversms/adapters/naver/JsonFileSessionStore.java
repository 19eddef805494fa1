package com.naversms.adapters.naver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.naversms.adapters.files.OwnerOnlyFiles;
import com.naversms.adapters.session.CookieJson;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The session item in a JSON file, in the legacy item shape {@code {"id": "1", "cookies": "[...]"}}
 * plus {@code "last_login_attempt"} (ISO-8601) once a sign-in was attempted (for hosts without a
 * database; the file holds sign-in cookies, so it is written owner-only, 0600 in folders created
 * 0700, whatever the umask).
 */
public final class JsonFileSessionStore implements SessionStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LAST_ATTEMPT = "last_login_attempt";
  private final Path file;

  public JsonFileSessionStore(Path file) {
    this.file = file;
  }

  @Override
  public synchronized Optional<SessionCookies> load() {
    JsonNode root = root().orElse(null);
    if (root == null || (root.isObject() && !root.has("cookies"))) {
      return Optional.empty(); // no file, or only a sign-in attempt so far
    }
    try {
      return Optional.of(CookieJson.read(root.toString()));
    } catch (CookieJson.InvalidCookieJson e) {
      throw new IllegalStateException("session file " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void save(SessionCookies cookies) {
    ObjectNode item = item().orElseGet(JsonFileSessionStore::emptyItem);
    item.put("cookies", CookieJson.write(cookies));
    write(item);
  }

  @Override
  public synchronized void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete session file " + file, e);
    }
  }

  @Override
  public synchronized Optional<Instant> lastSignInAttempt() {
    JsonNode at = item().map(i -> i.get(LAST_ATTEMPT)).orElse(null);
    if (at == null || !at.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(at.asText()));
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }

  @Override
  public synchronized void recordSignInAttempt(Instant at) {
    ObjectNode item = item().orElseGet(JsonFileSessionStore::emptyItem);
    item.put(LAST_ATTEMPT, at.toString());
    write(item);
  }

  private static ObjectNode emptyItem() {
    ObjectNode item = JSON.createObjectNode();
    item.put("id", "1");
    return item;
  }

  /** The item to update; a hand-written cookie list becomes the {@code cookies} of a new one. */
  private Optional<ObjectNode> item() {
    return root()
        .map(root -> {
          if (root instanceof ObjectNode object) {
            return object;
          }
          ObjectNode item = emptyItem();
          item.put("cookies", root.toString());
          return item;
        });
  }

  private Optional<JsonNode> root() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read session file " + file, e);
    }
    try {
      return Optional.ofNullable(JSON.readTree(text));
    } catch (IOException e) {
      throw new IllegalStateException("session file " + file + ": not valid JSON", e);
    }
  }

  private void write(ObjectNode item) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      OwnerOnlyFiles.folders(dir);
      // createTempFile makes the file 0600 on POSIX; the move keeps that mode
      Path tmp = Files.createTempFile(dir, "session", ".tmp");
      Files.writeString(tmp, item.toString());
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write session file " + file, e);
    }
  }
}
