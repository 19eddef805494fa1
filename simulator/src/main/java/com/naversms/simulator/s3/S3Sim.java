package com.naversms.simulator.s3;

import com.naversms.simulator.Routes;
import com.naversms.simulator.http.Route;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Simulated S3 (path-style, under {@code /s3}): ListObjectsV2, GetObject and PutObject, each signed
 * with SigV4 by a known access key. Point the AWS SDK at {@link #endpoint(String)} with path-style
 * access. Buckets exist only when created ({@link #createBucket}); the default one, {@value
 * #DEFAULT_BUCKET}, always does.
 */
public final class S3Sim {
  public static final String DEFAULT_ACCESS_KEY = "SIMULATORACCESSKEY00";
  public static final String DEFAULT_SECRET_KEY = "sim-s3-secret-key";
  public static final String DEFAULT_BUCKET = "naver-sms-sim";
  static final String BUCKET = "([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])";

  private final Clock clock;
  private final Map<String, NavigableMap<String, S3StoredObject>> buckets =
      new ConcurrentHashMap<>();
  private final S3Endpoints endpoints = new S3Endpoints(this);

  public S3Sim(Clock clock) {
    this.clock = clock;
    createBucket(DEFAULT_BUCKET);
  }

  /** The endpoint URL for the SDK ({@code AWS_ENDPOINT_URL_S3}): {@code baseUrl + "/s3"}. */
  public static String endpoint(String baseUrl) {
    return baseUrl + "/s3";
  }

  private volatile String accessKey = DEFAULT_ACCESS_KEY;
  private volatile String secretKey = DEFAULT_SECRET_KEY;

  public String accessKey() {
    return accessKey;
  }

  public String secretKey() {
    return secretKey;
  }

  /** Replaces the one access key the simulated S3 knows (and its secret). */
  public S3Sim credentials(String accessKey, String secretKey) {
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    return this;
  }

  public S3Sim createBucket(String name) {
    buckets.computeIfAbsent(name, n -> new ConcurrentSkipListMap<>());
    return this;
  }

  /** The objects of {@code bucket} by key (empty when there is no such bucket). */
  public Map<String, S3StoredObject> objects(String bucket) {
    return Map.copyOf(buckets.getOrDefault(bucket, new ConcurrentSkipListMap<>()));
  }

  /** One object's bytes, if it exists. */
  public Optional<byte[]> object(String bucket, String key) {
    return Optional.ofNullable(buckets.getOrDefault(bucket, new ConcurrentSkipListMap<>()).get(key))
        .map(S3StoredObject::bytes);
  }

  Optional<NavigableMap<String, S3StoredObject>> bucket(String name) {
    return Optional.ofNullable(buckets.get(name));
  }

  Instant now() {
    return clock.instant();
  }

  Clock clock() {
    return clock;
  }

  /** The routes this service answers (used by the Simulator). */
  public List<Route> routes() {
    return List.of(
        Route.of(
            Routes.S3_LIST, "GET", "/s3/" + BUCKET + "/?", endpoints::list, S3Endpoints::fault),
        Route.of(
            Routes.S3_GET, "GET", "/s3/" + BUCKET + "/(.+)", endpoints::get, S3Endpoints::fault),
        Route.of(
            Routes.S3_PUT, "PUT", "/s3/" + BUCKET + "/(.+)", endpoints::put, S3Endpoints::fault));
  }
}
