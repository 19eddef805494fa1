package com.naversms.adapters.s3;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * How the S3 client reaches S3: the region, and an endpoint for an S3-compatible server ({@code
 * AWS_ENDPOINT_URL_S3}, the SDK's own name for it; the simulator's {@code http://HOST:PORT/s3}),
 * addressed path-style (virtual-host buckets need DNS such a server does not have).
 */
public record S3Settings(String region, Optional<URI> endpoint) {
  public static final String ENDPOINT_ENV = "AWS_ENDPOINT_URL_S3";

  public static S3Settings fromEnvironment(Map<String, String> env) {
    return new S3Settings(
        value(env, "AWS_REGION").orElse("ap-northeast-2"),
        value(env, ENDPOINT_ENV).map(URI::create));
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
