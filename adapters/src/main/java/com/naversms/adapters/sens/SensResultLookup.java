package com.naversms.adapters.sens;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpOutcome;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.secrets.SensCredentials;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Delivery result of a request SENS accepted: {@code GET …/messages?requestId=} lists the message
 * ids, then {@code GET …/messages/{messageId}} gives its status. Reads are safe to repeat, so every
 * failure short of a 4xx is retried. Works in every {@link DeliveryMode}: it sends nothing.
 */
public final class SensResultLookup {
  private final SensRequests requests;
  private final HttpTransport transport;
  private final Backoff backoff;
  private final Sleeper sleeper;

  public SensResultLookup(
      SensSettings settings,
      SensCredentials credentials,
      Clock clock,
      HttpTransport transport,
      Sleeper sleeper) {
    this.requests =
        new SensRequests(settings.baseUrl(), credentials, settings.requestTimeout(), clock);
    this.transport = transport;
    this.backoff = settings.retries();
    this.sleeper = sleeper;
  }

  public DeliveryReport lookup(String requestId) {
    String list =
        requests.servicePath()
            + "?requestId="
            + URLEncoder.encode(requestId, StandardCharsets.UTF_8);
    Read listed = read(list);
    if (listed.status() == 404) {
      return new DeliveryReport.NotFound(requestId);
    }
    if (listed.failure().isPresent()) {
      return new DeliveryReport.LookupFailed(requestId, listed.failure().get());
    }
    JsonNode messages = listed.body().path("messages");
    if (!messages.isArray() || messages.isEmpty()) {
      return new DeliveryReport.NotFound(requestId);
    }
    Optional<String> messageId = SensJson.text(messages.get(0), "messageId");
    if (messageId.isEmpty()) {
      return new DeliveryReport.LookupFailed(requestId, "list answer has no messageId");
    }
    Read result = read(requests.servicePath() + "/" + messageId.get());
    if (result.failure().isPresent()) {
      return new DeliveryReport.LookupFailed(requestId, result.failure().get());
    }
    JsonNode first = result.body().path("messages").path(0);
    return new DeliveryReport.Found(
        requestId,
        messageId.get(),
        SensJson.text(first, "status").orElse(""),
        SensJson.text(first, "statusCode").orElse(""),
        SensJson.text(first, "statusName").orElse(""),
        SensJson.text(first, "completeTime").orElse(""));
  }

  private record Read(JsonNode body, Optional<String> failure, int status) {
    static Read failed(String reason) {
      return new Read(null, Optional.of(reason), 0);
    }
  }

  private Read read(String pathAndQuery) {
    String lastFailure = "no attempt";
    for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
      HttpOutcome outcome = transport.exchange(requests.get(pathAndQuery));
      Optional<Duration> wish = Optional.empty();
      switch (outcome) {
        case HttpOutcome.Answered a when a.ok() -> {
          return SensJson.parse(a.body())
              .map(node -> new Read(node, Optional.empty(), a.status()))
              .orElseGet(() -> Read.failed("unreadable answer from SENS"));
        }
        case HttpOutcome.Answered a when a.status() == 429 || a.status() >= 500 -> {
          lastFailure = SensJson.errorReason(a.status(), a.body());
          wish = Backoff.retryAfterSeconds(a.header("Retry-After"));
        }
        case HttpOutcome.Answered a -> {
          return new Read(
              null, Optional.of(SensJson.errorReason(a.status(), a.body())), a.status());
        }
        case HttpOutcome.NotSent n -> lastFailure = n.reason();
        case HttpOutcome.NoAnswer n -> lastFailure = n.reason();
      }
      if (attempt < backoff.maxAttempts()) {
        try {
          sleeper.sleep(backoff.delayAfter(attempt, wish));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Read.failed(lastFailure + " (interrupted)");
        }
      }
    }
    return Read.failed(lastFailure + " after " + backoff.maxAttempts() + " attempts");
  }
}
