package com.naversms.app.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's logged-in browsers: a random session id (the cookie) and its CSRF token, which
 * every form and every script request must send back. Kept in memory: a restart logs everyone out.
 */
final class Sessions {
  static final String COOKIE = "naver_sms_console";
  static final Duration IDLE = Duration.ofHours(12);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One logged-in browser. */
  record Session(String id, String csrf, Instant expires) {}

  private final Map<String, Session> open = new ConcurrentHashMap<>();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  Session open() {
    Session s = new Session(token(), token(), clock.instant().plus(IDLE));
    open.put(s.id(), s);
    return s;
  }

  /** The session of {@code id} when it is open and not idle too long; its idle time restarts. */
  Optional<Session> find(String id) {
    Session s = open.get(id);
    Instant now = clock.instant();
    if (s == null || s.expires().isBefore(now)) {
      open.remove(id);
      return Optional.empty();
    }
    Session renewed = new Session(s.id(), s.csrf(), now.plus(IDLE));
    open.put(id, renewed);
    return Optional.of(renewed);
  }

  void close(String id) {
    open.remove(id);
  }

  /** The cookie that holds {@code s}: HttpOnly, SameSite=Strict, Secure over TLS. */
  static String cookie(Session s, boolean tls) {
    return COOKIE
        + "="
        + s.id()
        + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
        + IDLE.toSeconds()
        + (tls ? "; Secure" : "");
  }

  static String cleared(boolean tls) {
    return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + (tls ? "; Secure" : "");
  }

  static String token() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
