package com.naversms.adapters.dynamodb;

import com.naversms.adapters.ledger.LedgerItem;
import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.state.StateStoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The message ledger as a DynamoDB table of its own (docs/state.md 8): partition key {@code
 * booking_num}, sort key {@code entry}; index {@code phone} (partition {@code phone}) for every
 * message to one number; sparse index {@code awaiting} (partition {@code awaiting}, sort {@code
 * accepted_at}) for the carrier check; TTL on {@code expires_at}. An entry is written whole over
 * the version it was read at, retried when another writer got there first.
 */
public final class DynamoLedger implements MessageLedger {
  public static final String DEFAULT_TABLE = "sms_messages";
  public static final String PHONE_INDEX = "phone";
  public static final String AWAITING_INDEX = "awaiting";
  private static final int WRITE_RACES = 20;

  private final DynamoDbClient client;
  private final String table;
  private final Duration retention;
  private final Retries retries = new Retries(Retries.DEFAULT);

  public DynamoLedger(DynamoDbClient client, String table, Duration retention) {
    this.client = client;
    this.table = table;
    this.retention = retention;
  }

  @Override
  public boolean record(LedgerKey key, Change change) {
    for (int race = 1; race <= WRITE_RACES; race++) {
      Optional<LedgerEntry> current = get(key);
      Optional<LedgerEntry> next = LedgerEntry.after(current, key, change);
      if (next.isEmpty()) {
        return false;
      }
      if (put(next.get(), current.map(LedgerEntry::version))) {
        return true;
      }
      pauseAfterLostRace(race);
    }
    throw new StateStoreException(
        "DynamoDB ledger write of " + key.id() + " lost " + WRITE_RACES + " races in a row");
  }

  /** A random pause, so two writers that lost to each other do not meet again in step. */
  private static void pauseAfterLostRace(int race) {
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 10L * race + 2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StateStoreException("interrupted while writing the DynamoDB ledger", e);
    }
  }

  /** Whether the write went through: false when the stored version is no longer {@code read}. */
  private boolean put(LedgerEntry entry, Optional<Long> read) {
    Map<String, AttributeValue> item =
        PlainValues.toAttributes(LedgerItem.toPlain(entry, retention));
    return retries.call(
        "PutItem",
        () -> {
          try {
            client.putItem(b -> {
              b.tableName(table).item(item);
              if (read.isPresent()) {
                b.conditionExpression("#v = :v")
                    .expressionAttributeNames(Map.of("#v", LedgerItem.VERSION))
                    .expressionAttributeValues(
                        Map.of(":v", AttributeValue.fromN(read.get().toString())));
              } else {
                b.conditionExpression("attribute_not_exists(#b)")
                    .expressionAttributeNames(Map.of("#b", LedgerItem.BOOKING_NUM));
              }
            });
            return true;
          } catch (ConditionalCheckFailedException lostRace) {
            return false;
          }
        });
  }

  @Override
  public Optional<LedgerEntry> get(LedgerKey key) {
    Map<String, AttributeValue> item =
        retries
            .call(
                "GetItem",
                () ->
                    client.getItem(b ->
                        b.tableName(table)
                            .consistentRead(true)
                            .key(
                                Map.of(
                                    LedgerItem.BOOKING_NUM,
                                    AttributeValue.fromS(key.bookingNum()),
                                    LedgerItem.ENTRY,
                                    AttributeValue.fromS(key.entry())))))
            .item();
    return item == null || item.isEmpty()
        ? Optional.empty()
        : Optional.of(LedgerItem.fromPlain(PlainValues.toPlain(item)));
  }

  @Override
  public List<LedgerEntry> find(LedgerQuery query) {
    List<Map<String, AttributeValue>> items;
    if (query.bookingNum().isPresent()) {
      items =
          query(
              QueryRequest.builder()
                  .tableName(table)
                  .consistentRead(true)
                  .keyConditionExpression("#k = :k")
                  .expressionAttributeNames(Map.of("#k", LedgerItem.BOOKING_NUM))
                  .expressionAttributeValues(
                      Map.of(":k", AttributeValue.fromS(query.bookingNum().get())))
                  .build());
    } else if (query.phone().isPresent() && !query.byLastDigits()) {
      items =
          query(
              QueryRequest.builder()
                  .tableName(table)
                  .indexName(PHONE_INDEX)
                  .keyConditionExpression("#k = :k")
                  .expressionAttributeNames(Map.of("#k", LedgerItem.PHONE))
                  .expressionAttributeValues(
                      Map.of(":k", AttributeValue.fromS(query.phone().get())))
                  .build());
    } else {
      items = scan();
    }
    return items.stream()
        .map(i -> LedgerItem.fromPlain(PlainValues.toPlain(i)))
        .filter(query::matches)
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public List<LedgerEntry> awaitingCarrier(Instant from, Instant before, int limit) {
    if (limit <= 0 || !from.isBefore(before)) {
      return List.of();
    }
    List<Map<String, AttributeValue>> items =
        query(
            QueryRequest.builder()
                .tableName(table)
                .indexName(AWAITING_INDEX)
                .keyConditionExpression("#a = :one AND #t BETWEEN :from AND :last")
                .expressionAttributeNames(
                    Map.of("#a", LedgerItem.AWAITING, "#t", LedgerItem.ACCEPTED_AT))
                .expressionAttributeValues(
                    Map.of(
                        ":one", AttributeValue.fromS("1"),
                        ":from", AttributeValue.fromN(Long.toString(from.toEpochMilli())),
                        ":last", AttributeValue.fromN(Long.toString(before.toEpochMilli() - 1))))
                .scanIndexForward(true)
                .build());
    return items.stream()
        .map(i -> LedgerItem.fromPlain(PlainValues.toPlain(i)))
        .filter(LedgerEntry::awaitsCarrier)
        .limit(limit)
        .toList();
  }

  /** DynamoDB's TTL on {@code expires_at} removes expired entries: nothing to do here. */
  @Override
  public int deleteExpired(Instant now) {
    return 0;
  }

  private List<Map<String, AttributeValue>> query(QueryRequest first) {
    return pages(
        "Query",
        start -> {
          QueryResponse r =
              client.query(
                  start.isEmpty() ? first : first.toBuilder().exclusiveStartKey(start).build());
          return new Page(r.items(), r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : Map.of());
        });
  }

  private List<Map<String, AttributeValue>> scan() {
    ScanRequest first = ScanRequest.builder().tableName(table).build();
    return pages(
        "Scan",
        start -> {
          ScanResponse r =
              client.scan(
                  start.isEmpty() ? first : first.toBuilder().exclusiveStartKey(start).build());
          return new Page(r.items(), r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : Map.of());
        });
  }

  /** One page of a Query or Scan and where the next starts (empty: none). */
  private record Page(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> next) {}

  /** Every item of a paginated read, each page through the retry layer. */
  private List<Map<String, AttributeValue>> pages(
      String operation, java.util.function.Function<Map<String, AttributeValue>, Page> read) {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    Map<String, AttributeValue> start = Map.of();
    while (true) {
      Map<String, AttributeValue> from = start;
      Page page = retries.call(operation, () -> read.apply(from));
      out.addAll(page.items());
      if (page.next().isEmpty()) {
        return out;
      }
      start = page.next();
    }
  }
}
