package com.naversms.app.console;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may open the console (docs/console.md, "Access"). On a loopback address without a configured
 * password, a random one-time password is made and carried by the printed URL, so only whoever
 * started the console opens it. On any other address a configured password ({@code
 * CONSOLE_PASSWORD} or the secret {@code naver-sms-automation/console-credentials} {@code
 * {password}}) is required: without it the console refuses to start.
 *
 * @param generated whether {@code password} was made at start (then the URL carries it)
 */
public record ConsoleAccess(InetAddress bind, int port, String password, boolean generated) {
  public static final String SECRET = "naver-sms-automation/console-credentials";
  public static final int MIN_PASSWORD = 8;

  public ConsoleAccess {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0..65535");
    }
  }

  /**
   * @throws IllegalArgumentException (exit 2) for a non-loopback address without a password, a
   *     password under {@link #MIN_PASSWORD} characters or an address that cannot be resolved
   */
  public static ConsoleAccess of(String bind, int port, Optional<String> configured) {
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--bind " + bind + ": not an address of this host", e);
    }
    Optional<String> password = configured.map(String::strip).filter(p -> !p.isEmpty());
    if (password.isPresent() && password.get().length() < MIN_PASSWORD) {
      throw new IllegalArgumentException(
          "the console password must be at least " + MIN_PASSWORD + " characters");
    }
    if (password.isEmpty() && !address.isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "--bind "
              + bind
              + " is not a loopback address: the console refuses to start there without a"
              + " password; set CONSOLE_PASSWORD or the secret "
              + SECRET
              + " {\"password\": ...}");
    }
    return password
        .map(p -> new ConsoleAccess(address, port, p, false))
        .orElseGet(() -> new ConsoleAccess(address, port, Sessions.token(), true));
  }

  /** Compared in constant time. */
  boolean accepts(String given) {
    return given != null
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
  }

  /** What the console prints at start: the URL, with the one-time password when it made one. */
  public String url(int boundPort) {
    String host = bind.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    String base = "http://" + host + ":" + boundPort + "/";
    return generated ? base + "login?token=" + password : base;
  }

  @Override
  public String toString() {
    return "ConsoleAccess[" + bind.getHostAddress() + ":" + port + ", password hidden]";
  }
}
