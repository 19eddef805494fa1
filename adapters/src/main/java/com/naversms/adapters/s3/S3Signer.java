package com.naversms.adapters.s3;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * AWS Signature Version 4 for S3 requests (the payload hash signed, {@code x-amz-content-sha256}):
 * the headers to send, {@code Authorization} included. Paths and query values arrive encoded as
 * sent ({@link #encode}); S3 signs them as they are.
 */
final class S3Signer {
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private S3Signer() {}

  static Map<String, String> sign(
      String method, URI uri, byte[] body, String region, AwsCredentials credentials, Instant now) {
    String amzDate = AMZ_DATE.format(now);
    String date = amzDate.substring(0, 8);
    String payloadHash = hex(sha256(body));
    Map<String, String> headers = new TreeMap<>();
    headers.put("host", host(uri));
    headers.put("x-amz-content-sha256", payloadHash);
    headers.put("x-amz-date", amzDate);
    if (credentials instanceof AwsSessionCredentials session) {
      headers.put("x-amz-security-token", session.sessionToken());
    }
    StringBuilder canonicalHeaders = new StringBuilder();
    headers.forEach(
        (k, v) -> canonicalHeaders.append(k).append(':').append(v.strip()).append('\n'));
    String signedHeaders = String.join(";", headers.keySet());
    String canonical =
        String.join(
            "\n",
            method,
            uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(),
            canonicalQuery(uri.getRawQuery()),
            canonicalHeaders.toString(),
            signedHeaders,
            payloadHash);
    String scope = date + "/" + region + "/s3/aws4_request";
    String toSign =
        "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(utf8(canonical)));
    byte[] key =
        hmac(
            hmac(hmac(hmac(utf8("AWS4" + credentials.secretAccessKey()), date), region), "s3"),
            "aws4_request");
    Map<String, String> out = new LinkedHashMap<>(headers);
    out.remove("host"); // the HTTP client sends it, from the URI
    out.put(
        "Authorization",
        "AWS4-HMAC-SHA256 Credential="
            + credentials.accessKeyId()
            + "/"
            + scope
            + ", SignedHeaders="
            + signedHeaders
            + ", Signature="
            + hex(hmac(key, toSign)));
    return out;
  }

  /** RFC 3986 percent-encoding of a path segment or query value ({@code /} kept when asked). */
  static String encode(String value, boolean keepSlash) {
    StringBuilder out = new StringBuilder();
    for (byte b : utf8(value)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~'
          || (keepSlash && c == '/')) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  private static String host(URI uri) {
    int port = uri.getPort();
    boolean standard =
        port == -1
            || (port == 443 && "https".equals(uri.getScheme()))
            || (port == 80 && "http".equals(uri.getScheme()));
    return standard ? uri.getHost() : uri.getHost() + ":" + port;
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

  private static byte[] sha256(byte[] bytes) {
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

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
