package com.naversms.adapters.s3;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The three S3 calls the product makes: list a folder (ListObjectsV2), read an object (GetObject),
 * write one (PutObject). One client, built once; failures are {@link S3Failure}s naming the bucket
 * and key, never the credentials.
 */
public final class S3Folders implements AutoCloseable {
  private final S3Client client;

  /** The SDK's default credentials (in Lambda: the function role's). */
  public S3Folders(S3Settings settings) {
    this(settings, DefaultCredentialsProvider.builder().build());
  }

  public S3Folders(S3Settings settings, AwsCredentialsProvider credentials) {
    var builder =
        S3Client.builder()
            .credentialsProvider(credentials)
            .region(Region.of(settings.region()))
            .httpClient(UrlConnectionHttpClient.create())
            // checksums only where S3 requires them: plain bodies, as every S3-compatible server
            // reads
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    settings
        .endpoint()
        .ifPresent(endpoint ->
            builder
                .endpointOverride(endpoint)
                .serviceConfiguration(
                    S3Configuration.builder().pathStyleAccessEnabled(true).build()));
    this.client = builder.build();
  }

  /** An object directly in a folder: its name (the key without the folder's prefix) and ETag. */
  public record Entry(String name, String key, String etag, long size) {}

  /** The objects directly in {@code folder} (not in its sub-folders), in key order. */
  public List<Entry> list(S3Location folder) {
    List<Entry> entries = new ArrayList<>();
    String token = null;
    try {
      do {
        ListObjectsV2Request.Builder request =
            ListObjectsV2Request.builder().bucket(folder.bucket()).prefix(folder.prefix());
        if (token != null) {
          request.continuationToken(token);
        }
        ListObjectsV2Response page = client.listObjectsV2(request.build());
        for (S3Object o : page.contents()) {
          String name = o.key().substring(folder.prefix().length());
          if (!name.isEmpty() && !name.contains("/")) {
            entries.add(new Entry(name, o.key(), o.eTag(), o.size()));
          }
        }
        token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
      } while (token != null);
    } catch (SdkException e) {
      throw new S3Failure("cannot list " + folder + ": " + e.getMessage(), e);
    }
    return entries;
  }

  /** The bytes of {@code key} in {@code bucket}. */
  public byte[] get(String bucket, String key) {
    try {
      ResponseBytes<GetObjectResponse> bytes =
          client.getObjectAsBytes(b -> b.bucket(bucket).key(key));
      return bytes.asByteArray();
    } catch (SdkException e) {
      throw new S3Failure("cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code bytes} as {@code key}; returns the object's ETag. */
  public String put(String bucket, String key, byte[] bytes, String contentType) {
    try {
      return client
          .putObject(
              b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes))
          .eTag();
    } catch (SdkException e) {
      throw new S3Failure("cannot write s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
    }
  }

  /** The URI of an object, as log lines and alerts name it. */
  public static URI uri(String bucket, String key) {
    return URI.create("s3://" + bucket + "/" + key);
  }

  @Override
  public void close() {
    client.close();
  }

  /** An S3 call failed: the message names the bucket and key. */
  public static final class S3Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public S3Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
