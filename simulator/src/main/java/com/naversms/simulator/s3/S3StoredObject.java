package com.naversms.simulator.s3;

import java.time.Instant;

/** An object as the simulated S3 keeps it: bytes, content type, ETag (MD5 in quotes), time. */
public record S3StoredObject(byte[] bytes, String contentType, String etag, Instant lastModified) {
  public S3StoredObject {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
