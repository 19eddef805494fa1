package com.naversms.adapters.sens;

import com.naversms.adapters.http.Backoff;
import java.net.URI;
import java.time.Duration;

/**
 * Where SENS is and how patiently to talk to it. {@code retries} covers answers that prove the
 * message was not taken (429, 5xx) and connections that never opened.
 *
 * @param batchSize messages one send request carries at most ({@code messages[]}, SENS allows 100;
 *     1 sends each message alone), {@link SensBatchSender}
 * @param requestsInFlight send requests open at the same time at most (1..{@value
 *     SensBatchSender#MAX_IN_FLIGHT})
 * @param alimTalk Kakao AlimTalk is switched on for this deployment ({@code ALIMTALK_ENABLED},
 *     default off); it also needs the sens secret's {@code alimtalk_service_id}
 */
public record SensSettings(
    URI baseUrl,
    Duration connectTimeout,
    Duration requestTimeout,
    Backoff retries,
    int batchSize,
    int requestsInFlight,
    boolean alimTalk) {

  public static final URI PRODUCTION = URI.create("https://sens.apigw.ntruss.com");

  public SensSettings {
    if (batchSize < 1 || batchSize > SensBatchSender.MAX_BATCH) {
      throw new IllegalArgumentException(
          "batchSize must be 1.." + SensBatchSender.MAX_BATCH + ", was " + batchSize);
    }
    if (requestsInFlight < 1 || requestsInFlight > SensBatchSender.MAX_IN_FLIGHT) {
      throw new IllegalArgumentException(
          "requestsInFlight must be 1.."
              + SensBatchSender.MAX_IN_FLIGHT
              + ", was "
              + requestsInFlight);
    }
  }

  /**
   * Production: 5 s to connect, 10 s for the answer, 3 attempts 0.5 s then 1 s apart; up to 100
   * messages a request, 8 requests at a time.
   */
  public static SensSettings production() {
    return new SensSettings(
        PRODUCTION,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        new Backoff(3, Duration.ofMillis(500), Duration.ofSeconds(5)),
        SensBatchSender.MAX_BATCH,
        SensBatchSender.MAX_IN_FLIGHT,
        false);
  }

  public SensSettings withBaseUrl(URI url) {
    return new SensSettings(
        url, connectTimeout, requestTimeout, retries, batchSize, requestsInFlight, alimTalk);
  }

  public SensSettings withRetries(Backoff backoff) {
    return new SensSettings(
        baseUrl, connectTimeout, requestTimeout, backoff, batchSize, requestsInFlight, alimTalk);
  }

  public SensSettings withRequestTimeout(Duration timeout) {
    return new SensSettings(
        baseUrl, connectTimeout, timeout, retries, batchSize, requestsInFlight, alimTalk);
  }

  /** {@code SENS_BATCH_SIZE}, {@code SENS_REQUESTS_IN_FLIGHT}. */
  public SensSettings withBatching(int size, int inFlight) {
    return new SensSettings(
        baseUrl, connectTimeout, requestTimeout, retries, size, inFlight, alimTalk);
  }

  /** {@code ALIMTALK_ENABLED}. */
  public SensSettings withAlimTalk(boolean enabled) {
    return new SensSettings(
        baseUrl, connectTimeout, requestTimeout, retries, batchSize, requestsInFlight, enabled);
  }
}
