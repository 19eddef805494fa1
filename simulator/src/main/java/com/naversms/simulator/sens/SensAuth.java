package com.naversms.simulator.sens;

import com.naversms.simulator.http.SimRequest;
import com.naversms.simulator.http.SimResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The API gateway's checks: timestamp within 5 minutes, known access key, valid signature. */
final class SensAuth {
  static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private SensAuth() {}

  /**
   * The 401 answer when the request is not authentic, the 404 when its path names another service
   * than {@code sim}'s (path parameter 0), else empty.
   */
  static Optional<SimResponse> service(SimRequest request, SensSim sim, Clock clock) {
    return service(request, sim, sim.serviceId(), clock);
  }

  /**
   * The same for a service of the account of {@code account} named {@code serviceId} (the AlimTalk
   * service shares the SMS account's keys).
   */
  static Optional<SimResponse> service(
      SimRequest request, SensSim account, String serviceId, Clock clock) {
    Optional<SimResponse> refused = check(request, account.accessKey(), account.secretKey(), clock);
    if (refused.isPresent()) {
      return refused;
    }
    String named = request.pathParam(0);
    if (!named.equals(serviceId)) {
      return Optional.of(SensErrors.notFound("unknown service id " + named));
    }
    return Optional.empty();
  }

  /** The 401 answer when the request is not authentic, else empty. */
  static Optional<SimResponse> check(
      SimRequest request, String accessKey, String secretKey, Clock clock) {
    String timestamp = request.header("x-ncp-apigw-timestamp");
    String key = request.header("x-ncp-iam-access-key");
    String signature = request.header("x-ncp-apigw-signature-v2");
    if (timestamp == null || key == null || signature == null) {
      return Optional.of(
          SensErrors.unauthorized(
              "x-ncp-apigw-timestamp, x-ncp-iam-access-key and x-ncp-apigw-signature-v2 are"
                  + " required"));
    }
    long millis;
    try {
      millis = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      return Optional.of(SensErrors.unauthorized("x-ncp-apigw-timestamp is not epoch millis"));
    }
    long skew = Math.abs(clock.millis() - millis);
    if (skew >= MAX_SKEW.toMillis()) {
      return Optional.of(
          SensErrors.unauthorized(
              "x-ncp-apigw-timestamp is " + skew + " ms away from server time (limit 5 min)"));
    }
    if (!key.equals(accessKey)) {
      return Optional.of(SensErrors.unauthorized("unknown access key"));
    }
    String expected =
        SensSignature.sign(secretKey, request.method(), request.rawUri(), timestamp, key);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
      return Optional.of(
          SensErrors.unauthorized(
              "signature mismatch (signed: \""
                  + request.method()
                  + " "
                  + request.rawUri()
                  + "\\n"
                  + timestamp
                  + "\\n<accessKey>\")"));
    }
    return Optional.empty();
  }
}
