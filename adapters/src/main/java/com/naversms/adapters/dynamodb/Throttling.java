package com.naversms.adapters.dynamodb;

import com.naversms.core.state.StateStoreException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * Runs one DynamoDB request, retrying throttling with {@link Backoff}; every other SDK failure, and
 * throttling past the bound, becomes a {@link StateStoreException} naming the operation. Expected
 * outcomes (a failed condition) must be caught inside the request and returned as values.
 */
final class Throttling {
  private final Backoff backoff;

  Throttling(Backoff backoff) {
    this.backoff = backoff;
  }

  <T> T call(String operation, Supplier<T> request) {
    for (int attempt = 1; ; attempt++) {
      try {
        return request.get();
      } catch (SdkException e) {
        if (!isThrottling(e)) {
          throw new StateStoreException("DynamoDB " + operation + " failed: " + e.getMessage(), e);
        }
        if (attempt >= backoff.maxAttempts()) {
          throw new StateStoreException(
              "DynamoDB " + operation + " still throttled after " + attempt + " tries", e);
        }
        pause(operation, attempt);
      }
    }
  }

  /** Waits before retry number {@code attempt}; used for unprocessed batch keys too. */
  void pause(String operation, int attempt) {
    try {
      Thread.sleep(backoff.delayAfter(attempt));
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
}
