package com.naversms.adapters.dynamodb;

import com.naversms.adapters.http.Backoff;
import com.naversms.core.concurrent.Ahead;
import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.ClaimWindow;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordUpdate;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StateStoreException;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.Unsettled;
import com.naversms.core.state.WaitingForOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The legacy {@code sms} table in DynamoDB, shared with the Python system (docs/state.md). The
 * client is built once by the app and passed in.
 */
public final class DynamoStateStore implements StateStore {
  public static final String DEFAULT_TABLE = "sms";
  public static final int DEFAULT_SCAN_PAGE_SIZE = 1000;
  private static final int BATCH_GET_LIMIT = 100;

  /** BatchGetItem requests of one read in flight at once. */
  private static final int READ_LANES = 4;

  private final DynamoDbClient client;
  private final String table;
  private final Retries retries;
  private final int scanPageSize;
  private final MessageWrites writes;

  public DynamoStateStore(DynamoDbClient client) {
    this(client, DEFAULT_TABLE);
  }

  public DynamoStateStore(DynamoDbClient client, String table) {
    this(client, table, Retries.DEFAULT, DEFAULT_SCAN_PAGE_SIZE);
  }

  /**
   * @param scanPageSize items a Scan request reads per page ({@code Limit})
   */
  public DynamoStateStore(DynamoDbClient client, String table, Backoff backoff, int scanPageSize) {
    this.client = client;
    this.table = table;
    this.retries = new Retries(backoff);
    this.scanPageSize = scanPageSize;
    this.writes = new MessageWrites(client, table, retries);
  }

  @Override
  public Map<RecordKey, StoredRecord> read(Collection<RecordKey> keys) {
    List<RecordKey> distinct = List.copyOf(new LinkedHashSet<>(keys));
    List<List<Map<String, AttributeValue>>> chunks = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += BATCH_GET_LIMIT) {
      chunks.add(
          distinct.subList(from, Math.min(from + BATCH_GET_LIMIT, distinct.size())).stream()
              .map(SmsItem::key)
              .toList());
    }
    Map<RecordKey, StoredRecord> out = new LinkedHashMap<>();
    if (chunks.size() <= 1) {
      chunks.forEach(chunk -> out.putAll(readChunk(chunk)));
      return out;
    }
    // a cycle's keys are many chunks of 100 (every phone form of every booking): up to READ_LANES
    // of them in flight at once, their round trips overlapping (docs/performance.md, "Start-up")
    Semaphore lanes = new Semaphore(READ_LANES);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Map<RecordKey, StoredRecord>>> reads = new ArrayList<>();
      for (List<Map<String, AttributeValue>> chunk : chunks) {
        reads.add(
            pool.submit(() -> {
              lanes.acquire();
              try {
                return readChunk(chunk);
              } finally {
                lanes.release();
              }
            }));
      }
      for (Future<Map<RecordKey, StoredRecord>> read : reads) {
        out.putAll(result(read));
      }
    }
    return out;
  }

  private static Map<RecordKey, StoredRecord> result(Future<Map<RecordKey, StoredRecord>> read) {
    try {
      return Ahead.result(read, "records");
    } catch (Ahead.Interrupted e) {
      throw new StateStoreException("interrupted while reading records", e);
    }
  }

  private Map<RecordKey, StoredRecord> readChunk(List<Map<String, AttributeValue>> keys) {
    Map<RecordKey, StoredRecord> out = new LinkedHashMap<>();
    readChunk(keys, item -> out.put(SmsItem.keyOf(item), SmsItem.toRecord(item)));
    return out;
  }

  private void readChunk(
      List<Map<String, AttributeValue>> keys, Consumer<Map<String, AttributeValue>> sink) {
    Map<String, KeysAndAttributes> pending =
        Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
    for (int round = 1; ; round++) {
      Map<String, KeysAndAttributes> request = pending;
      BatchGetItemResponse response =
          retries.call("BatchGetItem", () -> client.batchGetItem(b -> b.requestItems(request)));
      response.responses().getOrDefault(table, List.of()).forEach(sink);
      pending = response.unprocessedKeys();
      if (pending == null || pending.isEmpty()) {
        return;
      }
      if (round >= retries.maxAttempts()) {
        throw new StateStoreException(
            "DynamoDB BatchGetItem left keys unprocessed after " + round + " tries");
      }
      retries.pause("BatchGetItem", round);
    }
  }

  @Override
  public List<StoredRecord> unnotifiedOptionRecords() {
    List<StoredRecord> out = new ArrayList<>();
    scan(b -> optionFalse(b, Map.of()), item -> out.add(SmsItem.toRecord(item)));
    return out;
  }

  /** The same Scan, projected to the two attributes the RC08 windows read. */
  @Override
  public List<WaitingForOption> waitingForOption() {
    List<WaitingForOption> out = new ArrayList<>();
    scan(
        b ->
            optionFalse(b, Map.of("#n", SmsItem.BOOKING_NUM, "#t", SmsItem.BOOKING_TIME))
                .projectionExpression("#n, #t"),
        item -> out.add(SmsItem.toWaiting(item)));
    return out;
  }

  /** Items whose {@code option_sms} is false; {@code names}: more expression attribute names. */
  private static ScanRequest.Builder optionFalse(ScanRequest.Builder b, Map<String, String> names) {
    Map<String, String> all = new java.util.HashMap<>(names);
    all.put("#o", com.naversms.core.state.Flags.OPTION);
    return b.filterExpression("#o = :false")
        .expressionAttributeNames(all)
        .expressionAttributeValues(Map.of(":false", AttributeValue.fromBool(false)));
  }

  /** A paginated Scan of the whole table, once a day for the digest. */
  @Override
  public List<StoredRecord> everyRecord() {
    List<StoredRecord> out = new ArrayList<>();
    scan(b -> {}, item -> out.add(SmsItem.toRecord(item)));
    return out;
  }

  @Override
  public boolean create(StoredRecord record) {
    return retries.call(
        "PutItem",
        () -> {
          try {
            client.putItem(b ->
                b.tableName(table)
                    .item(SmsItem.toItem(record))
                    .conditionExpression("attribute_not_exists(booking_num)"));
            return true;
          } catch (ConditionalCheckFailedException exists) {
            return false;
          }
        });
  }

  @Override
  public ClaimOutcome claim(MessageKey key, MessageOrigin origin, int maxAttempts, Instant now) {
    return writes.claim(key, origin, maxAttempts, now);
  }

  @Override
  public void markDelivered(MessageKey key, String requestId, Instant now) {
    writes.markDelivered(key, requestId, now);
  }

  @Override
  public int releaseFailed(MessageKey key, String error, Instant now) {
    return writes.releaseFailed(key, error, now);
  }

  @Override
  public void releaseUncounted(MessageKey key, String reason, Instant now) {
    writes.releaseUncounted(key, reason);
  }

  @Override
  public void updateRecord(RecordKey key, RecordUpdate update) {
    writes.updateRecord(key, update);
  }

  @Override
  public void setFlag(MessageKey key, boolean value, Instant now) {
    writes.setFlag(key, value);
  }

  /**
   * Reads the whole table: claim and attempt attributes are named per flag, so no filter can select
   * them. That costs what the option scan costs; the executor calls it once per cycle.
   */
  @Override
  public List<Unsettled> unsettled(ClaimWindow live, int maxAttempts) {
    List<Unsettled> out = new ArrayList<>();
    scan(b -> {}, item -> UnsettledItems.collect(item, live, maxAttempts, out::add));
    return out;
  }

  private void scan(
      Consumer<ScanRequest.Builder> filter, Consumer<Map<String, AttributeValue>> sink) {
    Map<String, AttributeValue> start = null;
    do {
      ScanRequest.Builder b =
          ScanRequest.builder().tableName(table).limit(scanPageSize).consistentRead(true);
      filter.accept(b);
      if (start != null) {
        b.exclusiveStartKey(start);
      }
      ScanRequest request = b.build();
      ScanResponse page = retries.call("Scan", () -> client.scan(request));
      page.items().forEach(sink);
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null);
  }
}
