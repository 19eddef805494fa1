package com.naversms.adapters.sens;

import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.delivery.MessageSender;
import com.naversms.core.plan.Message;
import com.naversms.core.secrets.SensCredentials;
import java.time.Clock;
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
  private final SensPost post;

  public SensSmsSender(
      SensSettings settings,
      SensCredentials credentials,
      DeliveryMode mode,
      Clock clock,
      HttpTransport transport,
      Sleeper sleeper) {
    this.mode = mode;
    this.post = SensPost.of(settings, credentials, clock, transport, sleeper);
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
    return post.send(
        post.requests().servicePath(),
        body,
        // 2xx is SENS's word that it took the message; a body we cannot read does not undo it
        a -> new SendResult.Accepted(SensJson.requestId(a.body()).orElse("")),
        a -> new SendResult.Rejected(a.status(), SensJson.errorReason(a.status(), a.body())));
  }
}
