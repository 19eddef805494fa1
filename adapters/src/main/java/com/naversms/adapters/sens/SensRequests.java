package com.naversms.adapters.sens;

import com.naversms.core.secrets.SensCredentials;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;

/** Signed SENS requests: a fresh timestamp and signature for every attempt. */
final class SensRequests {
  private final URI baseUrl;
  private final SensCredentials credentials;
  private final Duration timeout;
  private final Clock clock;

  SensRequests(URI baseUrl, SensCredentials credentials, Duration timeout, Clock clock) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.timeout = timeout;
    this.clock = clock;
  }

  String servicePath() {
    return "/sms/v2/services/" + credentials.serviceId() + "/messages";
  }

  /** AlimTalk messages of the account's AlimTalk (Biz Message) service. */
  String alimTalkPath() {
    return "/alimtalk/v2/services/" + credentials.alimTalkServiceId() + "/messages";
  }

  /** The unsubscribe (수신거부) list of the service. */
  String unsubscribesPath() {
    return "/sms/v2/services/" + credentials.serviceId() + "/unsubscribes";
  }

  HttpRequest post(String pathAndQuery, String json) {
    return signed("POST", pathAndQuery)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8))
        .build();
  }

  HttpRequest get(String pathAndQuery) {
    return signed("GET", pathAndQuery).GET().build();
  }

  private HttpRequest.Builder signed(String method, String pathAndQuery) {
    String timestamp = Long.toString(clock.millis());
    String base = baseUrl.toString().replaceAll("/+$", "");
    return HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .timeout(timeout)
        .header("x-ncp-apigw-timestamp", timestamp)
        .header("x-ncp-iam-access-key", credentials.accessKey())
        .header(
            "x-ncp-apigw-signature-v2",
            SensSignature.sign(
                method, pathAndQuery, timestamp, credentials.accessKey(), credentials.secretKey()));
  }
}
