package com.naversms.adapters.sens;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpOutcome;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.delivery.MessageSender;
import com.naversms.core.plan.Message;
import com.naversms.core.secrets.SensCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The AlimTalk channel: sends one {@link Message.AlimTalk} through SENS's AlimTalk API with SENS's
 * SMS failover on (the message's SMS/LMS as the failover content).
 *
 * <p>Retry policy as {@link SensSmsSender}: 429, 5xx and connections that never opened are retried
 * with backoff; an answer that never came is {@code Uncertain}; 401/403 is {@code Unauthorized}. A
 * 4xx whose code says the message cannot go as AlimTalk ({@link AlimTalkJson#CHANNEL_REFUSALS}) is
 * {@code Refused}, so the executor sends the SMS/LMS in the same claim; any other 4xx, or a message
 * SENS did not take ({@code requestStatusCode} other than {@code A000}), is {@code Rejected}.
 *
 * <p>Kill switch: unless the {@link DeliveryMode} is {@code LIVE} every call returns {@code
 * Suppressed} and no request is made, as for SMS (docs/design.md 6.6).
 */
final class SensAlimTalkSender {
  static final String ACCEPTED = "A000";

  private final DeliveryMode mode;
  private final SensRequests requests;
  private final HttpTransport transport;
  private final Backoff backoff;
  private final Sleeper sleeper;

  SensAlimTalkSender(
      SensSettings settings,
      SensCredentials credentials,
      DeliveryMode mode,
      Clock clock,
      HttpTransport transport,
      Sleeper sleeper) {
    this.mode = mode;
    this.requests =
        new SensRequests(settings.baseUrl(), credentials, settings.requestTimeout(), clock);
    this.transport = transport;
    this.backoff = settings.retries();
    this.sleeper = sleeper;
  }

  MessageSender.SendResult send(Message.AlimTalk message) {
    if (mode != DeliveryMode.LIVE) {
      return new MessageSender.SendResult.Suppressed(mode.reason());
    }
    Optional<String> problem = SensMessageCheck.problem(message.failover());
    if (problem.isPresent()) {
      return new MessageSender.SendResult.Rejected(0, "failover: " + problem.get());
    }
    String body = AlimTalkJson.sendBody(message);
    String lastFailure = "no attempt";
    for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
      HttpOutcome outcome = transport.exchange(requests.post(requests.alimTalkPath(), body));
      Optional<Duration> serverWish = Optional.empty();
      switch (outcome) {
        case HttpOutcome.Answered a when a.ok() -> {
          return accepted(a);
        }
        case HttpOutcome.Answered a when a.status() == 429 || a.status() >= 500 -> {
          lastFailure = SensJson.errorReason(a.status(), a.body());
          serverWish = Backoff.retryAfterSeconds(a.header("Retry-After"));
        }
        case HttpOutcome.Answered a when a.status() == 401 || a.status() == 403 -> {
          return new MessageSender.SendResult.Unauthorized(
              a.status(), SensJson.errorReason(a.status(), a.body()));
        }
        case HttpOutcome.Answered a -> {
          return refusedOrRejected(a);
        }
        case HttpOutcome.NotSent n -> lastFailure = n.reason();
        case HttpOutcome.NoAnswer n -> {
          return new MessageSender.SendResult.Uncertain(
              n.reason() + " (not retried: SENS may have it)");
        }
      }
      if (attempt < backoff.maxAttempts() && !pause(backoff.delayAfter(attempt, serverWish))) {
        return new MessageSender.SendResult.Failed(lastFailure + " (interrupted before retrying)");
      }
    }
    return new MessageSender.SendResult.Failed(
        lastFailure + " after " + backoff.maxAttempts() + " attempts");
  }

  /** A 2xx: accepted when its message says {@code A000}; its {@code messageId} is the id. */
  private static MessageSender.SendResult accepted(HttpOutcome.Answered a) {
    JsonNode m = AlimTalkJson.firstMessage(a.body());
    String status = SensJson.text(m, "requestStatusCode").orElse(ACCEPTED);
    if (!status.equals(ACCEPTED)) {
      return new MessageSender.SendResult.Rejected(
          a.status(),
          "AlimTalk message not accepted: "
              + status
              + SensJson.text(m, "requestStatusDesc").map(d -> " " + d).orElse(""));
    }
    // 2xx is SENS's word that it took the message; a body we cannot read does not undo it
    return new MessageSender.SendResult.Accepted(
        SensJson.text(m, "messageId").or(() -> SensJson.requestId(a.body())).orElse(""));
  }

  private static MessageSender.SendResult refusedOrRejected(HttpOutcome.Answered a) {
    String reason = SensJson.errorReason(a.status(), a.body());
    Optional<String> code = AlimTalkJson.errorCode(a.body());
    if (code.isPresent() && AlimTalkJson.CHANNEL_REFUSALS.contains(code.get())) {
      return new MessageSender.SendResult.Refused(code.get(), reason);
    }
    return new MessageSender.SendResult.Rejected(a.status(), reason);
  }

  private boolean pause(Duration duration) {
    try {
      sleeper.sleep(duration);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
