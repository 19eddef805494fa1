package com.naversms.adapters.sens;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * NCP API Gateway signature v2: Base64(HMAC-SHA256(secretKey, {@code METHOD URI\ntimestamp\n
 * accessKey})), where URI is the path plus the query string exactly as sent.
 */
public final class SensSignature {
  private SensSignature() {}

  public static String sign(
      String method, String pathAndQuery, String timestamp, String accessKey, String secretKey) {
    String message = method + " " + pathAndQuery + "\n" + timestamp + "\n" + accessKey;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is mandatory on every JDK: reaching this is a broken runtime.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
