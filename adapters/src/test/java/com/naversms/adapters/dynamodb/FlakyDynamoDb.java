package com.naversms.adapters.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * A DynamoDB client that passes requests to DynamoDB Local, after throwing throttling errors the
 * first {@code throttles} times, and that can leave half of each BatchGetItem unprocessed, as the
 * real service does under load. Counts the calls it passes on or refuses.
 */
final class FlakyDynamoDb implements DynamoDbClient {
  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger scans = new AtomicInteger();

  /** BatchGetItem requests passed on and not answered yet; the most at once. */
  final AtomicInteger openBatches = new AtomicInteger();

  final AtomicInteger mostOpenBatches = new AtomicInteger();
  private final DynamoDbClient real;
  private final AtomicInteger throttles;
  private final AtomicInteger partialBatches;

  FlakyDynamoDb(DynamoDbClient real, int throttles, int partialBatches) {
    this.real = real;
    this.throttles = new AtomicInteger(throttles);
    this.partialBatches = new AtomicInteger(partialBatches);
  }

  private void maybeThrottle() {
    calls.incrementAndGet();
    if (throttles.getAndDecrement() > 0) {
      throw ProvisionedThroughputExceededException.builder().message("made-up throttle").build();
    }
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    maybeThrottle();
    return real.updateItem(request);
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    maybeThrottle();
    return real.putItem(request);
  }

  @Override
  public ScanResponse scan(ScanRequest request) {
    maybeThrottle();
    scans.incrementAndGet();
    return real.scan(request);
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    maybeThrottle();
    mostOpenBatches.accumulateAndGet(openBatches.incrementAndGet(), Math::max);
    try {
      return batch(request);
    } finally {
      openBatches.decrementAndGet();
    }
  }

  private BatchGetItemResponse batch(BatchGetItemRequest request) {
    if (partialBatches.getAndDecrement() <= 0) {
      return real.batchGetItem(request);
    }
    Map.Entry<String, KeysAndAttributes> table =
        request.requestItems().entrySet().iterator().next();
    List<Map<String, AttributeValue>> keys = table.getValue().keys();
    int half = (keys.size() + 1) / 2;
    BatchGetItemResponse served =
        real.batchGetItem(b ->
            b.requestItems(
                Map.of(
                    table.getKey(),
                    table.getValue().toBuilder().keys(keys.subList(0, half)).build())));
    List<Map<String, AttributeValue>> rest = new ArrayList<>(keys.subList(half, keys.size()));
    return served.toBuilder()
        .unprocessedKeys(
            rest.isEmpty()
                ? Map.of()
                : Map.of(table.getKey(), table.getValue().toBuilder().keys(rest).build()))
        .build();
  }

  @Override
  public String serviceName() {
    return real.serviceName();
  }

  @Override
  public void close() {}
}
