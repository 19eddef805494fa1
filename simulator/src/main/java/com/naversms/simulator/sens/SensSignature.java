package com.naversms.simulator.sens;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** NCP API gateway signature v2 (external-apis.md C.1). */
public final class SensSignature {
  private SensSignature() {}

  /**
   * Base64(HMAC-SHA256(secretKey, METHOD + " " + uri + "\n" + timestamp + "\n" + accessKey)), where
   * uri is the path plus "?query" when there is one.
   */
  public static String sign(
      String secretKey, String method, String uri, String timestamp, String accessKey) {
    String message = method + " " + uri + "\n" + timestamp + "\n" + accessKey;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
