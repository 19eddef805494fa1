package com.naversms.adapters.sens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensSignatureTest {

  // Expected values computed once, independently, with:
  //   printf 'POST
  // /sms/v2/services/ncp:sms:kr:000000000000:sim/messages\n1700000000000\nsim-access-key' \
  //     | openssl dgst -sha256 -hmac 'sim-secret-key' -binary | base64
  @Test
  void postSignature_matchesOpenssl() {
    assertThat(
            SensSignature.sign(
                "POST",
                "/sms/v2/services/ncp:sms:kr:000000000000:sim/messages",
                "1700000000000",
                "sim-access-key",
                "sim-secret-key"))
        .isEqualTo("Rv0RaUwnClIvkdGhfBfRnxZv/yQerClBWVPUB40JRD0=");
  }

  @Test
  void getSignature_coversTheQueryString() {
    assertThat(
            SensSignature.sign(
                "GET",
                "/sms/v2/services/ncp:sms:kr:000000000000:sim/messages?requestId=RID-1",
                "1700000000000",
                "sim-access-key",
                "sim-secret-key"))
        .isEqualTo("I9ZtVgLAV5+Gl1HN1k09OBl9iXn7/P4PAsCCqrYAq4A=");
  }
}
