package com.naversms.adapters.sens;

import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpOutcome;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.secrets.SensCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * One send to SENS (SMS or AlimTalk) with the retry policy both channels share: an answer that
 * proves SENS did not take the message (429, 5xx) and a connection that never opened are retried
 * with backoff; once the request may have reached SENS and no answer came the result is {@code
 * Uncertain} and never repeated (a repeat could reach the customer twice); 401/403 is the gateway
 * refusing the account's credentials ({@code Unauthorized}). A 2xx and any other 4xx are read by
 * the channel.
 */
final class SensPost {
  private final SensLine line;

  SensPost(SensLine line) {
    this.line = line;
  }

  /** The production shape: requests signed with {@code credentials}, the settings' retries. */
  static SensPost of(
      SensSettings settings,
      SensCredentials credentials,
      Clock clock,
      HttpTransport transport,
      Sleeper sleeper) {
    return new SensPost(SensLine.of(settings, credentials, clock, transport, sleeper));
  }

  SensRequests requests() {
    return line.requests();
  }

  /**
   * @param accepted what a 2xx means for this channel
   * @param refused what any other 4xx (not 401, 403, 429) means for this channel
   */
  SendResult send(
      String path,
      String body,
      Function<HttpOutcome.Answered, SendResult> accepted,
      Function<HttpOutcome.Answered, SendResult> refused) {
    String lastFailure = "no attempt";
    for (int attempt = 1; attempt <= line.backoff().maxAttempts(); attempt++) {
      HttpOutcome outcome = line.transport().exchange(line.requests().post(path, body));
      Optional<Duration> serverWish = Optional.empty();
      switch (outcome) {
        case HttpOutcome.Answered a when a.ok() -> {
          return accepted.apply(a);
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
          return refused.apply(a);
        }
        case HttpOutcome.NotSent n -> lastFailure = n.reason();
        case HttpOutcome.NoAnswer n -> {
          return new SendResult.Uncertain(n.reason() + " (not retried: SENS may have it)");
        }
      }
      if (attempt < line.backoff().maxAttempts()
          && !pause(line.backoff().delayAfter(attempt, serverWish))) {
        return new SendResult.Failed(lastFailure + " (interrupted before retrying)");
      }
    }
    return new SendResult.Failed(
        lastFailure + " after " + line.backoff().maxAttempts() + " attempts");
  }

  private boolean pause(Duration duration) {
    try {
      line.sleeper().sleep(duration);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
