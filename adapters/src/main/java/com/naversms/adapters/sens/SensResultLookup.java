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
    return switch (report(requestId)) {
      case DeliveryReport.Found f when "COMPLETED".equals(f.status()) ->
          new Answer.Completed(
              new CarrierResult(f.statusCode(), f.statusName(), f.telcoCode(), f.completeTime()));
      case DeliveryReport.Found f -> new Answer.Pending(f.status());
      case DeliveryReport.NotFound n -> new Answer.NotFound();
      case DeliveryReport.LookupFailed l -> new Answer.Failed(l.reason());
    };
  }

  public DeliveryReport report(String requestId) {
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
    Optional<String> messageId = SensJson.text(messages.get(0), "messageId");
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
}
