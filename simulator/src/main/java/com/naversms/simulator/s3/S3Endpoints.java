package com.naversms.simulator.s3;

import com.naversms.simulator.http.SimRequest;
import com.naversms.simulator.http.SimResponse;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;

/** The three S3 REST calls, answered in S3's XML and headers. */
final class S3Endpoints {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
  private static final int MAX_KEYS = 1000;
  private final S3Sim s3;

  S3Endpoints(S3Sim s3) {
    this.s3 = s3;
  }

  /** {@code GET /s3/{bucket}?list-type=2&prefix=...[&continuation-token=...]}. */
  SimResponse list(SimRequest request) {
    Optional<SimResponse> refused = authenticate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    String bucketName = request.pathParam(0);
    Map<String, String> query = request.query();
    if (!"2".equals(query.get("list-type"))) {
      return error(
          400,
          "InvalidArgument",
          "only ListObjectsV2 (list-type=2) is simulated",
          "/" + bucketName);
    }
    Optional<NavigableMap<String, S3StoredObject>> bucket = s3.bucket(bucketName);
    if (bucket.isEmpty()) {
      return error(404, "NoSuchBucket", "The specified bucket does not exist", "/" + bucketName);
    }
    String prefix = query.getOrDefault("prefix", "");
    String after = query.getOrDefault("continuation-token", query.getOrDefault("start-after", ""));
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
        .append("<Name>")
        .append(escape(bucketName))
        .append("</Name>")
        .append("<Prefix>")
        .append(escape(prefix))
        .append("</Prefix>");
    int count = 0;
    String last = null;
    boolean truncated = false;
    StringBuilder contents = new StringBuilder();
    for (Map.Entry<String, S3StoredObject> e : bucket.get().tailMap(after, false).entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        continue;
      }
      if (count == MAX_KEYS) {
        truncated = true;
        break;
      }
      S3StoredObject o = e.getValue();
      contents
          .append("<Contents><Key>")
          .append(escape(e.getKey()))
          .append("</Key>")
          .append("<LastModified>")
          .append(o.lastModified().truncatedTo(ChronoUnit.MILLIS))
          .append("</LastModified>")
          .append("<ETag>")
          .append(escape(o.etag()))
          .append("</ETag>")
          .append("<Size>")
          .append(o.bytes().length)
          .append("</Size>")
          .append("<StorageClass>STANDARD</StorageClass></Contents>");
      count++;
      last = e.getKey();
    }
    xml.append("<KeyCount>")
        .append(count)
        .append("</KeyCount>")
        .append("<MaxKeys>")
        .append(MAX_KEYS)
        .append("</MaxKeys>")
        .append("<IsTruncated>")
        .append(truncated)
        .append("</IsTruncated>");
    if (truncated) {
      xml.append("<NextContinuationToken>").append(escape(last)).append("</NextContinuationToken>");
    }
    xml.append(contents).append("</ListBucketResult>");
    return withRequestId(
        new SimResponse(200, Map.of("Content-Type", List.of("application/xml")), xml.toString()));
  }

  /** {@code GET /s3/{bucket}/{key}}. */
  SimResponse get(SimRequest request) {
    Optional<SimResponse> refused = authenticate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    String bucketName = request.pathParam(0);
    String key = request.pathParam(1);
    Optional<NavigableMap<String, S3StoredObject>> bucket = s3.bucket(bucketName);
    if (bucket.isEmpty()) {
      return error(404, "NoSuchBucket", "The specified bucket does not exist", "/" + bucketName);
    }
    S3StoredObject o = bucket.get().get(key);
    if (o == null) {
      return error(
          404, "NoSuchKey", "The specified key does not exist.", "/" + bucketName + "/" + key);
    }
    return withRequestId(
        SimResponse.bytes(
            200,
            Map.of(
                "Content-Type", List.of(o.contentType()),
                "ETag", List.of(o.etag()),
                "Last-Modified", List.of(HTTP_DATE.format(o.lastModified()))),
            o.bytes()));
  }

  /** {@code PUT /s3/{bucket}/{key}} with the object as the body. */
  SimResponse put(SimRequest request) {
    byte[] body;
    switch (SigV4.check(request, s3.accessKey(), s3.secretKey(), s3.clock())) {
      case SigV4.Refusal r -> {
        return error(r.status(), r.code(), r.message(), request.rawPath());
      }
      case SigV4.Accepted a -> body = a.body();
    }
    String bucketName = request.pathParam(0);
    String key = request.pathParam(1);
    Optional<NavigableMap<String, S3StoredObject>> bucket = s3.bucket(bucketName);
    if (bucket.isEmpty()) {
      return error(404, "NoSuchBucket", "The specified bucket does not exist", "/" + bucketName);
    }
    String etag = "\"" + HexFormat.of().formatHex(md5(body)) + "\"";
    String type = Optional.ofNullable(request.header("content-type")).orElse("binary/octet-stream");
    bucket.get().put(key, new S3StoredObject(body, type, etag, s3.now()));
    return withRequestId(new SimResponse(200, Map.of("ETag", List.of(etag)), ""));
  }

  static SimResponse fault(int status, Integer retryAfterSeconds) {
    String code =
        switch (status) {
          case 403 -> "AccessDenied";
          case 404 -> "NoSuchKey";
          case 500 -> "InternalError";
          case 503 -> "SlowDown";
          default -> "InvalidRequest";
        };
    return error(status, code, "injected fault", "/");
  }

  private Optional<SimResponse> authenticate(SimRequest request) {
    return switch (SigV4.check(request, s3.accessKey(), s3.secretKey(), s3.clock())) {
      case SigV4.Refusal r ->
          Optional.of(error(r.status(), r.code(), r.message(), request.rawPath()));
      case SigV4.Accepted a -> Optional.empty();
    };
  }

  private static SimResponse error(int status, String code, String message, String resource) {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
            + escape(code)
            + "</Code><Message>"
            + escape(message)
            + "</Message><Resource>"
            + escape(resource)
            + "</Resource><RequestId>"
            + requestId()
            + "</RequestId></Error>";
    return new SimResponse(status, Map.of("Content-Type", List.of("application/xml")), xml);
  }

  private static SimResponse withRequestId(SimResponse response) {
    return response.withHeader("x-amz-request-id", requestId());
  }

  private static String requestId() {
    return UUID.randomUUID()
        .toString()
        .replace("-", "")
        .substring(0, 16)
        .toUpperCase(java.util.Locale.ROOT);
  }

  private static byte[] md5(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
