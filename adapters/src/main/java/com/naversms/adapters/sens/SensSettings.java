package com.naversms.adapters.sens;

import com.naversms.adapters.http.Backoff;
import java.net.URI;
import java.time.Duration;

/**
 * Where SENS is and how patiently to talk to it. {@code retries} covers answers that prove the
 * message was not taken (429, 5xx) and connections that never opened.
 */
public record SensSettings(
    URI baseUrl, Duration connectTimeout, Duration requestTimeout, Backoff retries) {

  public static final URI PRODUCTION = URI.create("https://sens.apigw.ntruss.com");

  /** Production: 5 s to connect, 10 s for the answer, 3 attempts 0.5 s then 1 s apart. */
  public static SensSettings production() {
    return new SensSettings(
        PRODUCTION,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        new Backoff(3, Duration.ofMillis(500), Duration.ofSeconds(5)));
  }

  public SensSettings withBaseUrl(URI url) {
    return new SensSettings(url, connectTimeout, requestTimeout, retries);
  }

  public SensSettings withRetries(Backoff backoff) {
    return new SensSettings(baseUrl, connectTimeout, requestTimeout, backoff);
  }

  public SensSettings withRequestTimeout(Duration timeout) {
    return new SensSettings(baseUrl, connectTimeout, timeout, retries);
  }
}
