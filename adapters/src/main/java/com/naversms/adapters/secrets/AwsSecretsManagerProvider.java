package com.naversms.adapters.secrets;

import com.naversms.adapters.http.Attempts;
import com.naversms.adapters.http.Attempts.Step;
import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.secrets.SecretsProvider;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.secretsmanager.model.DecryptionFailureException;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * AWS Secrets Manager ({@code GetSecretValue}). Each secret is fetched once per provider instance
 * (build one per run). Up to three attempts with backoff (1 s, 2 s) for throttling, 5xx and network
 * failures; a missing secret is empty at once, and access denied, a decryption failure or a secret
 * that is not a JSON object fail at once, naming the secret.
 */
public final class AwsSecretsManagerProvider implements SecretsProvider {
  public static final Region DEFAULT_REGION = Region.AP_NORTHEAST_2;
  private static final Set<String> DENIED =
      Set.of("AccessDeniedException", "UnauthorizedOperation", "AccessDenied");

  private final SecretsManagerClient client;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final ConcurrentMap<String, Optional<Map<String, String>>> cache =
      new ConcurrentHashMap<>();

  public AwsSecretsManagerProvider(SecretsManagerClient client, Backoff backoff, Sleeper sleeper) {
    this.client = client;
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  /** Production: the default credential chain, the URL-connection HTTP client, real sleeps. */
  public static AwsSecretsManagerProvider create(Region region, Optional<URI> endpoint) {
    return new AwsSecretsManagerProvider(
        client(region, endpoint, DefaultCredentialsProvider.builder().build()),
        new Backoff(3, Duration.ofSeconds(1), Duration.ofSeconds(2)),
        Sleeper.real());
  }

  /** A client whose own retries are off: this provider's retry policy is the only one. */
  public static SecretsManagerClient client(
      Region region, Optional<URI> endpoint, AwsCredentialsProvider credentials) {
    SecretsManagerClientBuilder builder =
        SecretsManagerClient.builder()
            .region(region)
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
    endpoint.ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Override
  public Optional<Map<String, String>> find(String secretName) {
    Optional<Map<String, String>> cached = cache.get(secretName);
    if (cached != null) {
      return cached;
    }
    Optional<Map<String, String>> fetched = fetch(secretName);
    cache.put(secretName, fetched);
    return fetched;
  }

  private Optional<Map<String, String>> fetch(String secretName) {
    return Attempts.run(
        backoff,
        sleeper,
        attempt -> attempt(secretName),
        reason -> {
          throw new SecretsException("secret " + secretName + " could not be read: " + reason);
        });
  }

  private Step<Optional<Map<String, String>>> attempt(String secretName) {
    GetSecretValueResponse response;
    try {
      response = client.getSecretValue(r -> r.secretId(secretName));
    } catch (ResourceNotFoundException e) {
      return Attempts.done(Optional.empty());
    } catch (DecryptionFailureException e) {
      throw new SecretsException("secret " + secretName + " could not be decrypted", e);
    } catch (SecretsManagerException e) {
      String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
      if (DENIED.contains(code) || e.statusCode() == 403) {
        throw new SecretsException("access denied to secret " + secretName + " (" + code + ")", e);
      }
      if (e.statusCode() >= 400 && e.statusCode() < 500 && !e.isThrottlingException()) {
        throw new SecretsException("secret " + secretName + " refused: " + code, e);
      }
      return Attempts.again(code + " (HTTP " + e.statusCode() + ")");
    } catch (SdkClientException e) {
      if (!causedByIo(e)) {
        // No credentials, no region, a bad endpoint: repeating cannot help.
        throw new SecretsException(
            "secret " + secretName + " could not be read: " + clientProblem(e), e);
      }
      return Attempts.again(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (SdkException e) {
      return Attempts.again(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    if (response.secretString() == null) {
      throw new SecretsException("secret " + secretName + " has no string value (binary secret)");
    }
    return Attempts.done(Optional.of(SecretJson.parse(secretName, response.secretString())));
  }

  /**
   * The SDK's message, except for missing credentials: its provider chain lists each provider it
   * tried with that provider's own failure (a dozen lines' worth), said here in one line with what
   * to set.
   */
  static String clientProblem(SdkClientException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Unable to load credentials")) {
      return NO_CREDENTIALS;
    }
    return message;
  }

  /** What {@link #clientProblem} says when no provider of the default chain has credentials. */
  public static final String NO_CREDENTIALS =
      "no AWS credentials found (set AWS_PROFILE, or AWS_ACCESS_KEY_ID and"
          + " AWS_SECRET_ACCESS_KEY, or run where an IAM role provides them)";

  private static boolean causedByIo(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
        return true;
      }
    }
    return false;
  }
}
