package com.naversms.adapters.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.s3.S3Sim;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The S3 client against the simulator's S3, which checks SigV4 as S3 does. */
class S3FoldersTest {
  static Simulator sim;
  static S3Settings settings;

  @BeforeAll
  static void start() {
    sim = Simulator.start();
    settings =
        new S3Settings("ap-northeast-2", Optional.of(URI.create(S3Sim.endpoint(sim.baseUrl()))));
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static S3Folders client(String secret) {
    return new S3Folders(
        settings,
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(S3Sim.DEFAULT_ACCESS_KEY, secret)));
  }

  @Test
  void put_list_get_roundTrip_withEtags_onlyTheFoldersOwnObjects() {
    sim.s3().createBucket("cfg-bucket");
    try (S3Folders s3 = client(S3Sim.DEFAULT_SECRET_KEY)) {
      S3Location folder = S3Location.parse("test", "s3://cfg-bucket/prod/config/");
      byte[] rules = "rules:\n  - name: 확인\n".getBytes(StandardCharsets.UTF_8);
      String etag = s3.put("cfg-bucket", folder.key("rules.yaml"), rules, "application/yaml");
      s3.put("cfg-bucket", folder.key("old/rules.yaml"), new byte[] {1}, "application/yaml");
      s3.put("cfg-bucket", "prod/other.yaml", new byte[] {2}, "application/yaml");
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
      s3.put("cfg-bucket", folder.key("shot.png"), png, "image/png");
      s3.put("cfg-bucket", folder.key("a b+ü.yaml"), new byte[] {3}, "application/yaml");

      assertThat(etag).matches("\"[0-9a-f]{32}\"");
      assertThat(s3.list(folder))
          .extracting(S3Folders.Entry::name)
          .containsExactly("a b+ü.yaml", "rules.yaml", "shot.png");
      assertThat(s3.get("cfg-bucket", "prod/config/a b+ü.yaml")).containsExactly(3);
      assertThat(s3.list(folder).get(1).etag()).isEqualTo(etag);
      assertThat(s3.get("cfg-bucket", "prod/config/rules.yaml")).isEqualTo(rules);
      assertThat(s3.get("cfg-bucket", "prod/config/shot.png")).isEqualTo(png);
      assertThat(sim.requests(Routes.S3_PUT)).isNotEmpty();
      assertThat(sim.requests(Routes.S3_PUT).get(0).header("authorization"))
          .startsWith("AWS4-HMAC-SHA256 Credential=" + S3Sim.DEFAULT_ACCESS_KEY + "/");
    }
  }

  @Test
  void wrongSecret_isRefusedAsS3Would_namingTheObject() {
    try (S3Folders s3 = client("not-the-secret")) {
      assertThatThrownBy(() -> s3.get(S3Sim.DEFAULT_BUCKET, "x.yaml"))
          .isInstanceOf(S3Folders.S3Failure.class)
          .hasMessageContaining("s3://" + S3Sim.DEFAULT_BUCKET + "/x.yaml")
          .hasMessageContaining("403 SignatureDoesNotMatch");
    }
  }

  @Test
  void missingBucketAndKey_areErrorsNamingThem() {
    try (S3Folders s3 = client(S3Sim.DEFAULT_SECRET_KEY)) {
      assertThatThrownBy(() -> s3.list(S3Location.parse("t", "s3://no-such-bucket/a/")))
          .hasMessageContaining("s3://no-such-bucket/a/")
          .hasMessageContaining("bucket does not exist");
      assertThatThrownBy(() -> s3.get(S3Sim.DEFAULT_BUCKET, "missing.yaml"))
          .hasMessageContaining("missing.yaml")
          .hasMessageContaining("key does not exist");
    }
  }

  @Test
  void location_parsesBucketAndPrefix_andRefusesOtherShapes() {
    assertThat(S3Location.parse("X", "s3://b-1.example/a/b"))
        .isEqualTo(new S3Location("b-1.example", "a/b/"));
    assertThat(S3Location.parse("X", "s3://bucket1")).isEqualTo(new S3Location("bucket1", ""));
    assertThat(S3Location.parse("X", "s3://bucket1/").toString()).isEqualTo("s3://bucket1/");
    assertThatThrownBy(() -> S3Location.parse("NAVER_SMS_CONFIG_URI", "https://bucket/a"))
        .hasMessageStartingWith("NAVER_SMS_CONFIG_URI: expected s3://BUCKET/PREFIX/");
    assertThatThrownBy(() -> S3Location.parse("X", "s3://Bucket/a"))
        .hasMessageContaining("'s3://Bucket/a'");
  }
}
