package com.naversms.adapters.dynamodb;

import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.state.StateStoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * The one retry layer of every DynamoDB call: the client does not retry ({@link DynamoClients}
 * turns the SDK's retries off), so a call is tried at most {@code backoff.maxAttempts()} times in
 * all. Retried: throttling, a 500/502/503/504 answer and a broken connection (what the SDK's own
 * policy retries); every other failure, and a retried one past the bound, becomes a {@link
 * StateStoreException} naming the operation. Expected outcomes (a failed condition) must be caught
 * inside the request and returned as values.
 */
final class Retries {
  /** 5 tries, 100 ms doubling to 2 s: about 1.5 s of waiting, well inside one cycle. */
  static final Backoff DEFAULT = new Backoff(5, Duration.ofMillis(100), Duration.ofSeconds(2));

  private static final Set<Integer> TRANSIENT_STATUS = Set.of(500, 502, 503, 504);
  private final Backoff backoff;
  private final Sleeper sleeper;

  Retries(Backoff backoff) {
    this(backoff, Sleeper.real());
  }

  Retries(Backoff backoff, Sleeper sleeper) {
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  <T> T call(String operation, Supplier<T> request) {
    for (int attempt = 1; ; attempt++) {
      try {
        return request.get();
      } catch (SdkException e) {
        boolean throttled = isThrottling(e);
        if (!throttled && !isTransient(e)) {
          throw new StateStoreException("DynamoDB " + operation + " failed: " + e.getMessage(), e);
        }
        if (attempt >= backoff.maxAttempts()) {
          throw new StateStoreException(
              "DynamoDB "
                  + operation
                  + (throttled ? " still throttled" : " still failing (" + e.getMessage() + ")")
                  + " after "
                  + attempt
                  + " tries",
              e);
        }
        pause(operation, attempt);
      }
    }
  }

  /** Waits before retry number {@code attempt}; used for unprocessed batch keys too. */
  void pause(String operation, int attempt) {
    try {
      sleeper.sleep(backoff.delayAfter(attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StateStoreException("interrupted while retrying DynamoDB " + operation, e);
    }
  }

  int maxAttempts() {
    return backoff.maxAttempts();
  }

  private static boolean isThrottling(SdkException e) {
    return e instanceof ProvisionedThroughputExceededException
        || e instanceof RequestLimitExceededException
        || e instanceof ThrottlingException
        || (e instanceof AwsServiceException a && a.isThrottlingException());
  }

  private static boolean isTransient(SdkException e) {
    if (e instanceof AwsServiceException a) {
      return TRANSIENT_STATUS.contains(a.statusCode());
    }
    return e instanceof SdkClientException
        && (e.getCause() instanceof IOException || e.getCause() instanceof UncheckedIOException);
  }
}
