package com.naversms.adapters.sens;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.ledger.CarrierLookup;
import com.naversms.core.ledger.CarrierResult;
import com.naversms.core.secrets.SensCredentials;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Delivery result of a request SENS accepted: {@code GET …/messages?requestId=} lists the message
 * ids, then {@code GET …/messages/{messageId}} gives its status; both are {@link SensReads},
 * retried short of a 4xx. Works in every {@link DeliveryMode}: it sends nothing.
 */
public final class SensResultLookup implements CarrierLookup {
  private final SensRequests requests;
  private final SensReads reads;

  public SensResultLookup(
      SensSettings settings,
      SensCredentials credentials,
      Clock clock,
      HttpTransport transport,
      Sleeper sleeper) {
    this.reads = SensReads.of(settings, credentials, clock, transport, sleeper);
    this.requests = reads.requests();
  }

  /** The carrier check's answer (docs/operations.md 2.8). */
  @Override
  public Answer lookup(String requestId) {
    return lookup(requestId, "");
  }

  /** The message to {@code to} of a request that carried several ({@link SensBatchSender}). */
  @Override
  public Answer lookup(String requestId, String to) {
    return switch (report(requestId, to)) {
      case DeliveryReport.Found f when "COMPLETED".equals(f.status()) ->
          new Answer.Completed(
              new CarrierResult(f.statusCode(), f.statusName(), f.telcoCode(), f.completeTime()));
      case DeliveryReport.Found f -> new Answer.Pending(f.status());
      case DeliveryReport.NotFound n -> new Answer.NotFound();
      case DeliveryReport.LookupFailed l -> new Answer.Failed(l.reason());
    };
  }

  public DeliveryReport report(String requestId) {
    return report(requestId, "");
  }

  /**
   * The report of the message to {@code to} (digits; empty: the request's first message) of {@code
   * requestId}.
   */
  public DeliveryReport report(String requestId, String to) {
    String list =
        requests.servicePath()
            + "?requestId="
            + URLEncoder.encode(requestId, StandardCharsets.UTF_8);
    SensReads.Read listed = reads.get(list);
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
    Optional<JsonNode> mine = messageTo(messages, to);
    if (mine.isEmpty()) {
      return new DeliveryReport.NotFound(requestId);
    }
    Optional<String> messageId = SensJson.text(mine.get(), "messageId");
    if (messageId.isEmpty()) {
      return new DeliveryReport.LookupFailed(requestId, "list answer has no messageId");
    }
    SensReads.Read result = reads.get(requests.servicePath() + "/" + messageId.get());
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
        SensJson.text(first, "completeTime").orElse(""),
        SensJson.text(first, "telcoCode").orElse(""));
  }

  /**
   * The listed message to {@code to}; a request of one message, or no number asked for: its first.
   */
  private static Optional<JsonNode> messageTo(JsonNode messages, String to) {
    String digits = to == null ? "" : to.replaceAll("\\D", "");
    if (digits.isEmpty() || messages.size() == 1) {
      return Optional.of(messages.get(0));
    }
    for (JsonNode m : messages) {
      if (digits.equals(m.path("to").asText())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
