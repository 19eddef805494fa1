package com.naversms.core.session;

import java.io.IOException;
import java.util.Map;

/**
 * Where a failed browser sign-in leaves what the operator needs to see why: the screenshot, the
 * page (input values masked), its URL and the reason. Self-hosted a folder beside the state, on AWS
 * an S3 prefix that outlives the login function's {@code /tmp} (docs/ops/runbook.md, "Login").
 */
public interface LoginEvidence {

  /**
   * Keeps {@code files} (file name to bytes) together under the new name {@code name}.
   *
   * @return where they are, as log lines and alerts name it: a folder path or {@code s3://} URI
   * @throws IOException or a runtime failure of the store when nothing could be kept
   */
  String keep(String name, Map<String, byte[]> files) throws IOException;
}
