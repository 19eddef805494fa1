package com.naversms.simulator.s3;

import com.naversms.simulator.http.SimRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * S3's request authentication, AWS Signature Version 4 in the {@code Authorization} header: the
 * header well-formed ({@code AWS4-HMAC-SHA256 Credential=KEY/DATE/REGION/s3/aws4_request,
 * SignedHeaders=..., Signature=64 hex}), {@code host}, {@code x-amz-date} and {@code
 * x-amz-content-sha256} signed, the date within 15 minutes of the clock and equal to the scope's,
 * the access key known, the payload hash equal to the body's (unless {@code UNSIGNED-PAYLOAD}), and
 * the signature recomputed over the canonical request.
 */
final class SigV4 {
  static final Duration MAX_SKEW = Duration.ofMinutes(15);
  private static final Pattern HEADER =
      Pattern.compile(
          "AWS4-HMAC-SHA256 Credential=([A-Za-z0-9]+)/(\\d{8})/([a-z0-9-]+)/s3/aws4_request,"
              + " ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})");
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private SigV4() {}

  static final String STREAMING = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";

  /** What the check found: a refusal, or the request's payload (aws-chunked decoded). */
  sealed interface Verdict {}

  /** An S3 error: HTTP status, S3 error code, message. */
  record Refusal(int status, String code, String message) implements Verdict {}

  /** Authentic; {@code body} is the object's bytes. */
  record Accepted(byte[] body) implements Verdict {}

  static Verdict check(SimRequest request, String accessKey, String secretKey, Clock clock) {
    String authorization = request.header("authorization");
    if (authorization == null) {
      return refuse(403, "AccessDenied", "Access Denied: no Authorization header");
    }
    Matcher m = HEADER.matcher(authorization.strip());
    if (!m.matches()) {
      return refuse(
          400,
          "AuthorizationHeaderMalformed",
          "The authorization header is malformed; expected AWS4-HMAC-SHA256 Credential=...,"
              + " SignedHeaders=..., Signature=...");
    }
    String key = m.group(1);
    String scopeDate = m.group(2);
    String region = m.group(3);
    List<String> signed = List.of(m.group(4).split(";"));
    for (String required : List.of("host", "x-amz-date", "x-amz-content-sha256")) {
      if (!signed.contains(required)) {
        return refuse(
            400, "AuthorizationHeaderMalformed", "SignedHeaders must include " + required);
      }
    }
    String amzDate = request.header("x-amz-date");
    Instant at;
    try {
      at = LocalDateTime.parse(amzDate == null ? "" : amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return refuse(403, "AccessDenied", "x-amz-date missing or not yyyyMMddTHHmmssZ");
    }
    if (!amzDate.startsWith(scopeDate)) {
      return refuse(
          400, "AuthorizationHeaderMalformed", "the credential's date is not x-amz-date's");
    }
    if (Duration.between(at, clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
      return refuse(
          403,
          "RequestTimeTooSkewed",
          "The difference between the request time and the server's time is too large.");
    }
    if (!key.equals(accessKey)) {
      return refuse(
          403,
          "InvalidAccessKeyId",
          "The AWS Access Key Id you provided does not exist in our records.");
    }
    String payloadHash = request.header("x-amz-content-sha256");
    if (payloadHash == null) {
      return refuse(400, "InvalidRequest", "Missing required header x-amz-content-sha256");
    }
    boolean streaming = payloadHash.equals(STREAMING);
    if (payloadHash.startsWith("STREAMING-") && !streaming) {
      return refuse(501, "NotImplemented", payloadHash + " is not simulated");
    }
    if (!streaming
        && !payloadHash.equals("UNSIGNED-PAYLOAD")
        && !payloadHash.equals(hex(sha256(request.bodyBytes())))) {
      return refuse(
          400,
          "XAmzContentSHA256Mismatch",
          "The provided 'x-amz-content-sha256' header does not match what was computed ("
              + payloadHash
              + ", content-encoding "
              + request.header("content-encoding")
              + ").");
    }
    String canonical =
        String.join(
            "\n",
            request.method(),
            request.rawPath(),
            canonicalQuery(request.rawQuery()),
            canonicalHeaders(request, signed),
            String.join(";", signed),
            payloadHash);
    String scope = scopeDate + "/" + region + "/s3/aws4_request";
    String toSign =
        "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(utf8(canonical)));
    byte[] signingKey =
        hmac(hmac(hmac(hmac(utf8("AWS4" + secretKey), scopeDate), region), "s3"), "aws4_request");
    String expected = hex(hmac(signingKey, toSign));
    if (!MessageDigest.isEqual(utf8(expected), utf8(m.group(5)))) {
      return refuse(
          403,
          "SignatureDoesNotMatch",
          "The request signature we calculated does not match the signature you provided.");
    }
    if (!streaming) {
      return new Accepted(request.bodyBytes());
    }
    return AwsChunked.decode(request, signingKey, amzDate, scope, expected);
  }

  static byte[] hmacBytes(byte[] key, String data) {
    return hmac(key, data);
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      pairs.add(pair.contains("=") ? pair : pair + "=");
    }
    pairs.sort(String::compareTo);
    return String.join("&", pairs);
  }

  private static String canonicalHeaders(SimRequest request, List<String> signed) {
    StringBuilder out = new StringBuilder();
    for (String name : signed) {
      List<String> values = request.headers().getOrDefault(name, List.of());
      List<String> trimmed = values.stream().map(v -> v.strip().replaceAll(" +", " ")).toList();
      out.append(name).append(':').append(String.join(",", trimmed)).append('\n');
    }
    return out.toString();
  }

  static Refusal refuse(int status, String code, String message) {
    return new Refusal(status, code, message);
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(utf8(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
