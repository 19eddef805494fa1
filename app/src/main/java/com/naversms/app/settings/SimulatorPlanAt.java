package com.naversms.app.settings;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code SIMULATOR_PLAN_AT}: the instant every cycle of {@code run} and {@code daemon} plans at
 * instead of the clock's, so an end-to-end test can run the product at 01:40 or 20:59 Korean time
 * (docs/configuration.md "Planning at a chosen time"). Only against the simulator: refused unless
 * every endpoint a cycle sends to (Naver, SENS, Telegram) is a loopback address, and never in the
 * cycle function. Only the planning moves: SENS signatures, session ages, claims, the ledger, logs
 * and metrics keep the clock (docs/design.md 6.1).
 */
final class SimulatorPlanAt {
  static final String NAME = "SIMULATOR_PLAN_AT";

  private SimulatorPlanAt() {}

  /**
   * The instant, when the variable is set; throws naming the variable when it is not an ISO-8601
   * time with offset, in the cycle function, or when an endpoint is not on loopback.
   */
  static Optional<Instant> read(
      Environment env, boolean lambda, List<Map.Entry<String, URI>> endpoints) {
    Optional<String> raw = env.optional(NAME);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Instant at;
    try {
      at = OffsetDateTime.parse(raw.get()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          NAME
              + "="
              + raw.get()
              + ": expected an ISO-8601 time with offset, e.g. 2026-12-05T01:40:00+09:00",
          e);
    }
    if (lambda) {
      throw new IllegalArgumentException(
          NAME + " is refused in the cycle function: it is for runs against the simulator only");
    }
    for (Map.Entry<String, URI> e : endpoints) {
      if (!loopback(e.getValue())) {
        throw new IllegalArgumentException(
            NAME
                + " is for runs against the simulator only: "
                + e.getKey()
                + " points at "
                + e.getValue().getScheme()
                + "://"
                + e.getValue().getHost()
                + ", not a loopback address (set "
                + e.getKey()
                + " to the simulator, or unset "
                + NAME
                + ")");
      }
    }
    return Optional.of(at);
  }

  /** The endpoints the guard checks, each with the variable that points it elsewhere. */
  static List<Map.Entry<String, URI>> endpoints(NaverSettings naver, URI sens, URI telegram) {
    return List.of(
        Map.entry("NAVER_BASE_URL", naver.endpoints().nid()),
        Map.entry("NAVER_BASE_URL", naver.endpoints().partner()),
        Map.entry("SENS_BASE_URL", sens),
        Map.entry("TELEGRAM_BASE_URL", telegram));
  }

  private static boolean loopback(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return host.equals("localhost")
        || host.equals("[::1]")
        || host.equals("::1")
        || host.matches("127(\\.[0-9]{1,3}){3}");
  }
}
