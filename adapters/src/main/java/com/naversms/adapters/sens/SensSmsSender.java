package com.naversms.adapters.sens;

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
 * The SMS channel: sends one SMS/LMS ({@link Message.Sms}) through SENS v2.
 *
 * <p>Retry policy: an answer that proves SENS did not take the message (429, 5xx) and a connection
 * that never opened are retried with backoff; any other 4xx is {@code Rejected} at once. Once the
 * request may have reached SENS and no answer came (read timeout, connection dropped) the result is
 * {@code Uncertain} and the sender never repeats it: a repeat could reach the customer twice. A 401
 * or 403 is the gateway refusing the account's credentials (key, signature, clock): {@code
 * Unauthorized}, not retried, and not a fault of the message.
 *
 * <p>Kill switch: unless the {@link DeliveryMode} is {@code LIVE} every call returns {@code
 * Suppressed} and no request is made (docs/design.md 6.6).
 */
public final class SensSmsSender implements MessageSender {
  private final DeliveryMode mode;
  private final SensRequests requests;
  private final HttpTransport transport;
  private final Backoff backoff;
  private final Sleeper sleeper;

  public SensSmsSender(
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

  /** Production wiring: its own HTTP client, real sleeps. */
  public static SensSmsSender create(
      SensSettings settings, SensCredentials credentials, DeliveryMode mode, Clock clock) {
    return new SensSmsSender(
        settings,
        credentials,
        mode,
        clock,
        HttpTransport.withConnectTimeout(settings.connectTimeout()),
        Sleeper.real());
  }

  /** Whether requests may leave at all (the kill switch, {@link DeliveryMode}). */
  DeliveryMode mode() {
    return mode;
  }

  @Override
  public SendResult send(Message message) {
    if (mode != DeliveryMode.LIVE) {
      return new SendResult.Suppressed(mode.reason());
    }
    // the SMS/LMS of any message: an AlimTalk message's failover (SensChannels sends AlimTalk)
    return send(message.sms());
  }

  private SendResult send(Message.Sms message) {
    Optional<String> problem = SensMessageCheck.problem(message);
    if (problem.isPresent()) {
      return new SendResult.Rejected(0, problem.get());
    }
    return post(SensJson.sendBody(message));
  }

  /**
   * One send request (one message, or a {@link SensBatchSender} batch) with the retry policy above;
   * the kill switch and the message checks are the caller's.
   */
  SendResult post(String body) {
    String lastFailure = "no attempt";
    for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
      HttpOutcome outcome = transport.exchange(requests.post(requests.servicePath(), body));
      Optional<Duration> serverWish = Optional.empty();
      switch (outcome) {
        case HttpOutcome.Answered a when a.ok() -> {
          // 2xx is SENS's word that it took the message; a body we cannot read does not undo it.
          return new SendResult.Accepted(SensJson.requestId(a.body()).orElse(""));
        }
        case HttpOutcome.Answered a when a.status() == 429 || a.status() >= 500 -> {
          lastFailure = SensJson.errorReason(a.status(), a.body());
          serverWish = Backoff.retryAfterSeconds(a.header("Retry-After"));
        }
        case HttpOutcome.Answered a when a.status() == 401 || a.status() == 403 -> {
          return new SendResult.Unauthorized(
              a.status(), SensJson.errorReason(a.status(), a.body()));
        }
        case HttpOutcome.Answered a -> {
          return new SendResult.Rejected(a.status(), SensJson.errorReason(a.status(), a.body()));
        }
        case HttpOutcome.NotSent n -> lastFailure = n.reason();
        case HttpOutcome.NoAnswer n -> {
          return new SendResult.Uncertain(n.reason() + " (not retried: SENS may have it)");
        }
      }
      if (attempt < backoff.maxAttempts() && !pause(backoff.delayAfter(attempt, serverWish))) {
        return new SendResult.Failed(lastFailure + " (interrupted before retrying)");
      }
    }
    return new SendResult.Failed(lastFailure + " after " + backoff.maxAttempts() + " attempts");
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
