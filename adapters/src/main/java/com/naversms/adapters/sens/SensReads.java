package com.naversms.adapters.sens;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpOutcome;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.secrets.SensCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Signed GETs against SENS. A read is safe to repeat, so a 429, a 5xx, a connection that never
 * opened and an answer that never came are retried with the settings' backoff ({@code Retry-After}
 * honoured); any other answer is final.
 */
final class SensReads {
  private final SensLine line;

  SensReads(SensLine line) {
    this.line = line;
  }

  /** Reads signed with {@code credentials}, paced and bounded by {@code settings}. */
  static SensReads of(
      SensSettings settings,
      SensCredentials credentials,
      Clock clock,
      HttpTransport transport,
      Sleeper sleeper) {
    return new SensReads(SensLine.of(settings, credentials, clock, transport, sleeper));
  }

  /** The paths these reads are signed for. */
  SensRequests requests() {
    return line.requests();
  }

  /**
   * One read's end: a 2xx with a JSON {@code body}, or a {@code failure} (status 0 when SENS never
   * answered or answered unreadable JSON); {@code text} is the raw answer.
   */
  record Read(JsonNode body, Optional<String> failure, int status, String text) {
    static Read failed(String reason) {
      return new Read(null, Optional.of(reason), 0, "");
    }
  }

  Read get(String pathAndQuery) {
    String lastFailure = "no attempt";
    for (int attempt = 1; attempt <= line.backoff().maxAttempts(); attempt++) {
      HttpOutcome outcome = line.transport().exchange(line.requests().get(pathAndQuery));
      Optional<Duration> wish = Optional.empty();
      switch (outcome) {
        case HttpOutcome.Answered a when a.ok() -> {
          return SensJson.parse(a.body())
              .map(node -> new Read(node, Optional.empty(), a.status(), a.body()))
              .orElseGet(() -> Read.failed("unreadable answer from SENS"));
        }
        case HttpOutcome.Answered a when a.status() == 429 || a.status() >= 500 -> {
          lastFailure = SensJson.errorReason(a.status(), a.body());
          wish = Backoff.retryAfterSeconds(a.header("Retry-After"));
        }
        case HttpOutcome.Answered a -> {
          String text = a.body() == null ? "" : a.body();
          return new Read(
              null, Optional.of(SensJson.errorReason(a.status(), a.body())), a.status(), text);
        }
        case HttpOutcome.NotSent n -> lastFailure = n.reason();
        case HttpOutcome.NoAnswer n -> lastFailure = n.reason();
      }
      if (attempt < line.backoff().maxAttempts()) {
        try {
          line.sleeper().sleep(line.backoff().delayAfter(attempt, wish));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Read.failed(lastFailure + " (interrupted)");
        }
      }
    }
    return Read.failed(lastFailure + " after " + line.backoff().maxAttempts() + " attempts");
  }
}
