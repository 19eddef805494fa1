package com.naversms.simulator.s3;

import com.naversms.simulator.http.SimRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The {@code aws-chunked} body of a SigV4 streaming upload ({@code
 * STREAMING-AWS4-HMAC-SHA256-PAYLOAD}, what the SDK sends over plain HTTP): chunks {@code
 * HEXSIZE;chunk-signature=SIG\r\nDATA\r\n} ending with a zero-size chunk, each signature chained
 * from the previous one (the first from the header's), the decoded length equal to {@code
 * x-amz-decoded-content-length}.
 */
final class AwsChunked {
  private static final String EMPTY_HASH = SigV4.hex(SigV4.sha256(new byte[0]));

  private AwsChunked() {}

  static SigV4.Verdict decode(
      SimRequest request, byte[] signingKey, String amzDate, String scope, String seed) {
    String encoding = request.header("content-encoding");
    if (encoding == null || !encoding.contains("aws-chunked")) {
      return SigV4.refuse(
          400, "InvalidRequest", "a streaming payload needs Content-Encoding aws-chunked");
    }
    byte[] raw = request.bodyBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String previous = seed;
    int at = 0;
    while (true) {
      int lineEnd = indexOfCrlf(raw, at);
      if (lineEnd < 0) {
        return malformed("chunk header without CRLF");
      }
      String header = new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII);
      int semi = header.indexOf(";chunk-signature=");
      if (semi < 0) {
        return malformed("chunk header without chunk-signature");
      }
      int size;
      try {
        size = Integer.parseInt(header.substring(0, semi), 16);
      } catch (NumberFormatException e) {
        return malformed("chunk size not hex");
      }
      String signature = header.substring(semi + ";chunk-signature=".length());
      int dataStart = lineEnd + 2;
      if (size < 0 || dataStart + size + 2 > raw.length) {
        return malformed("chunk longer than the body");
      }
      byte[] data = java.util.Arrays.copyOfRange(raw, dataStart, dataStart + size);
      String toSign =
          String.join(
              "\n",
              "AWS4-HMAC-SHA256-PAYLOAD",
              amzDate,
              scope,
              previous,
              EMPTY_HASH,
              SigV4.hex(SigV4.sha256(data)));
      String expected = SigV4.hex(SigV4.hmacBytes(signingKey, toSign));
      if (!MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII),
          signature.getBytes(StandardCharsets.US_ASCII))) {
        return SigV4.refuse(
            403, "SignatureDoesNotMatch", "a chunk signature does not match the chunk");
      }
      previous = expected;
      out.writeBytes(data);
      at = dataStart + size + 2;
      if (size == 0) {
        break;
      }
    }
    String declared = request.header("x-amz-decoded-content-length");
    if (declared == null || !declared.strip().equals(String.valueOf(out.size()))) {
      return SigV4.refuse(
          400, "IncompleteBody", "x-amz-decoded-content-length is not the decoded body's length");
    }
    return new SigV4.Accepted(out.toByteArray());
  }

  private static SigV4.Verdict malformed(String what) {
    return SigV4.refuse(400, "InvalidChunkSizeError", "aws-chunked body malformed: " + what);
  }

  private static int indexOfCrlf(byte[] raw, int from) {
    for (int i = from; i + 1 < raw.length; i++) {
      if (raw[i] == '\r' && raw[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
