package com.naversms.adapters.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.simulator.Simulator;
import com.naversms.simulator.s3.S3Sim;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The simulator's S3 checks held against AWS's own client and signer (the SDK's S3 client, test
 * scope only): what it signs (plain and aws-chunked streaming uploads, listings with a prefix) the
 * simulator accepts, a wrong secret it refuses with S3's error code. {@link S3FoldersTest} then
 * holds the product's client against the same checks.
 */
class S3SdkReferenceTest {

  private static S3Client sdk(Simulator sim, String secret) {
    return S3Client.builder()
        .region(Region.AP_NORTHEAST_2)
        .httpClient(UrlConnectionHttpClient.create())
        .endpointOverride(URI.create(S3Sim.endpoint(sim.baseUrl())))
        .forcePathStyle(true)
        // the simulator reads plain and aws-chunked bodies, not the trailing-checksum variant
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(S3Sim.DEFAULT_ACCESS_KEY, secret)))
        .build();
  }

  @Test
  void theSdksSignedCalls_areAccepted_andAWrongSecretIsRefused() {
    try (Simulator sim = Simulator.start();
        S3Client s3 = sdk(sim, S3Sim.DEFAULT_SECRET_KEY);
        S3Client wrong = sdk(sim, "wrong")) {
      byte[] yaml = "templates: {}\n# 한글\n".getBytes(StandardCharsets.UTF_8);
      String etag =
          s3.putObject(
                  b -> b.bucket(S3Sim.DEFAULT_BUCKET).key("cfg/a b+c.yaml"),
                  RequestBody.fromBytes(yaml))
              .eTag();
      assertThat(sim.s3().object(S3Sim.DEFAULT_BUCKET, "cfg/a b+c.yaml")).contains(yaml);
      assertThat(s3.listObjectsV2(b -> b.bucket(S3Sim.DEFAULT_BUCKET).prefix("cfg/")).contents())
          .singleElement()
          .satisfies(o -> assertThat(o.eTag()).isEqualTo(etag));
      assertThat(
              s3.getObjectAsBytes(b -> b.bucket(S3Sim.DEFAULT_BUCKET).key("cfg/a b+c.yaml"))
                  .asByteArray())
          .isEqualTo(yaml);
      assertThatThrownBy(
              () -> wrong.getObjectAsBytes(b -> b.bucket(S3Sim.DEFAULT_BUCKET).key("cfg/x")))
          .isInstanceOfSatisfying(
              S3Exception.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch"));
    }
  }
}
