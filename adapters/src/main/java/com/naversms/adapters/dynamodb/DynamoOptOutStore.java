package com.naversms.adapters.dynamodb;

import com.naversms.adapters.http.Backoff;
import com.naversms.core.booking.Phone;
import com.naversms.core.optout.OptOutList;
import com.naversms.core.optout.OptOutStore;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The opt-out table (not a legacy table; Terraform's state module creates it): one item per number,
 * {@code {phone S (hash key, digits), added_at S (ISO-8601), note S, source S}}. An add is one
 * conditional PutItem, so the first entry of a number is never overwritten; the list is one
 * consistent Scan, paged.
 */
public final class DynamoOptOutStore implements OptOutStore {
  public static final String DEFAULT_TABLE = "sms_optouts";
  private final DynamoDbClient client;
  private final String table;
  private final Retries retries;
  private final int scanPageSize;

  public DynamoOptOutStore(DynamoDbClient client, String table) {
    this(client, table, Retries.DEFAULT, DynamoStateStore.DEFAULT_SCAN_PAGE_SIZE);
  }

  /**
   * @param scanPageSize items a Scan request reads per page ({@code Limit})
   */
  public DynamoOptOutStore(DynamoDbClient client, String table, Backoff backoff, int scanPageSize) {
    this.client = client;
    this.table = table;
    this.retries = new Retries(backoff);
    this.scanPageSize = scanPageSize;
  }

  @Override
  public OptOutList load() {
    return new OptOutList(entries().stream().map(Entry::phone).collect(Collectors.toSet()));
  }

  @Override
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      ScanRequest.Builder b =
          ScanRequest.builder().tableName(table).limit(scanPageSize).consistentRead(true);
      if (start != null) {
        b.exclusiveStartKey(start);
      }
      ScanRequest request = b.build();
      ScanResponse page = retries.call("Scan (opt-outs)", () -> client.scan(request));
      page.items().forEach(item -> out.add(entry(item)));
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null);
    return out.stream().sorted(OLDEST_FIRST).toList();
  }

  @Override
  public boolean add(Entry entry) {
    Map<String, AttributeValue> item =
        Map.of(
            "phone", AttributeValue.fromS(entry.phone()),
            "added_at", AttributeValue.fromS(entry.addedAt().toString()),
            "note", AttributeValue.fromS(entry.note()),
            "source", AttributeValue.fromS(entry.source()));
    return retries.call(
        "PutItem (opt-outs)",
        () -> {
          try {
            client.putItem(b ->
                b.tableName(table).item(item).conditionExpression("attribute_not_exists(phone)"));
            return true;
          } catch (ConditionalCheckFailedException already) {
            return false;
          }
        });
  }

  @Override
  public boolean remove(String phone) {
    Map<String, AttributeValue> key = Map.of("phone", AttributeValue.fromS(Phone.digits(phone)));
    return retries.call(
        "DeleteItem (opt-outs)",
        () ->
            client
                .deleteItem(b -> b.tableName(table).key(key).returnValues(ReturnValue.ALL_OLD))
                .hasAttributes());
  }

  /** An item someone edited by hand without a readable date sorts first (the epoch). */
  private static Entry entry(Map<String, AttributeValue> item) {
    return new Entry(
        text(item, "phone"),
        instant(text(item, "added_at")),
        text(item, "note"),
        text(item, "source"));
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue v = item.get(name);
    return v == null || v.s() == null ? "" : v.s();
  }

  private static Instant instant(String iso) {
    try {
      return Instant.parse(iso);
    } catch (DateTimeParseException unreadable) {
      return Instant.EPOCH;
    }
  }
}
