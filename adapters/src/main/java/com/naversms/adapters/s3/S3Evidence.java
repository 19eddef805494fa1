package com.naversms.adapters.s3;

import com.naversms.core.session.LoginEvidence;
import java.util.Map;

/**
 * Login evidence in S3 ({@code LOGIN_EVIDENCE_URI=s3://bucket/prefix/}): each file of a failure is
 * one object {@code prefix + name + "/" + file}. The bucket is private and encrypted and expires
 * objects after 14 days (Terraform module {@code evidence}); the login function may only put
 * objects under its prefix.
 */
public final class S3Evidence implements LoginEvidence {
  private final S3Location folder;
  private final S3Folders s3;

  public S3Evidence(S3Location folder, S3Folders s3) {
    this.folder = folder;
    this.s3 = s3;
  }

  /** Returns the failure's folder as {@code s3://bucket/prefix/name/}. */
  @Override
  public String keep(String name, Map<String, byte[]> files) {
    String prefix = folder.key(name + "/");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      s3.put(folder.bucket(), prefix + f.getKey(), f.getValue(), contentType(f.getKey()));
    }
    return S3Folders.uri(folder.bucket(), prefix);
  }

  private static String contentType(String file) {
    if (file.endsWith(".png")) {
      return "image/png";
    }
    return file.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
  }
}
