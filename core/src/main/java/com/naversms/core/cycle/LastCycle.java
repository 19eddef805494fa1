package com.naversms.core.cycle;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the last live cycle ended, as the owner's console shows it in its header: when, the outcome
 * ({@code ok}, {@code problems}, {@code failed}), what it sent and what went wrong. Kept in one
 * line of text ({@link #encode}) in the session table, so every state store holds it the same way.
 *
 * @param failure why the cycle stopped early, else empty
 */
public record LastCycle(
    Instant at, String outcome, int sent, int failed, int uncertain, int deferred, String failure) {

  public LastCycle {
    failure = failure == null ? "" : failure.replaceAll("[\\t\\n\\r]", " ");
  }

  public static LastCycle of(CycleResult result) {
    String outcome =
        result.failure().isPresent() ? "failed" : result.exitCode() == 0 ? "ok" : "problems";
    return new LastCycle(
        result.at(),
        outcome,
        result.report().sent(),
        result.report().failed(),
        result.report().uncertain(),
        result.report().deferred(),
        result.failure().orElse(""));
  }

  /** {@code at=...\toutcome=...}: tab-separated fields, the failure last. */
  public String encode() {
    return "at="
        + at
        + "\toutcome="
        + outcome
        + "\tsent="
        + sent
        + "\tfailed="
        + failed
        + "\tuncertain="
        + uncertain
        + "\tdeferred="
        + deferred
        + "\tfailure="
        + failure;
  }

  /** The cycle {@link #encode} wrote; empty when the text cannot be read. */
  public static Optional<LastCycle> decode(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Map<String, String> f = new LinkedHashMap<>();
    for (String part : text.split("\t")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        f.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    try {
      return Optional.of(
          new LastCycle(
              Instant.parse(f.get("at")),
              f.getOrDefault("outcome", ""),
              Integer.parseInt(f.getOrDefault("sent", "0")),
              Integer.parseInt(f.getOrDefault("failed", "0")),
              Integer.parseInt(f.getOrDefault("uncertain", "0")),
              Integer.parseInt(f.getOrDefault("deferred", "0")),
              f.getOrDefault("failure", "")));
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
