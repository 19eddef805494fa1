package com.naversms.adapters.dynamodb;

import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.statecontract.StateBackend;
import com.naversms.core.optout.OptOutStore;
import com.naversms.core.session.SessionStore;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StateStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A fresh {@code sms} table in DynamoDB Local; scans page every 7 items to force pagination. */
final class DynamoBackend implements StateBackend {
  static final Backoff FAST = new Backoff(4, Duration.ofMillis(1), Duration.ofMillis(5));
  private final DynamoLocal local;
  private final String table;
  private String optOutTable;

  DynamoBackend(DynamoLocal local) {
    this.local = local;
    this.table = local.newSmsTable();
  }

  @Override
  public StateStore store() {
    return new DynamoStateStore(local.client, table, FAST, 7);
  }

  @Override
  public StateStore anotherStore() {
    return store();
  }

  @Override
  public SessionStore sessionStore() {
    return new DynamoSessionStore(local.client, local.newSessionTable());
  }

  /** Its own opt-out table, created on first use; scans page every 7 items. */
  @Override
  public synchronized OptOutStore optOutStore() {
    if (optOutTable == null) {
      optOutTable = local.newOptOutTable();
    }
    return new DynamoOptOutStore(local.client, optOutTable, FAST, 7);
  }

  @Override
  public void putLegacyItem(RecordKey key, Object bizId) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("phone", AttributeValue.fromS(key.phone()));
    item.put("name", AttributeValue.fromS("김테스트"));
    item.put("booking_time", AttributeValue.fromS("2026-11-27 14:00:00"));
    item.put("confirm_sms", AttributeValue.fromBool(true));
    item.put("option_time", AttributeValue.fromS(""));
    item.put(
        "biz_id",
        bizId instanceof Number
            ? AttributeValue.fromN(bizId.toString())
            : AttributeValue.fromS(bizId.toString()));
    item.put("status", AttributeValue.fromS("RC03"));
    item.put(
        "option_keywords",
        AttributeValue.fromL(
            List.of(
                AttributeValue.fromM(
                    Map.of(
                        "name", AttributeValue.fromS("보정"),
                        "bookingCount", AttributeValue.fromN("1"),
                        "price", AttributeValue.fromN("5000"))))));
    item.put("booking_num", AttributeValue.fromS(key.bookingNum()));
    local.client.putItem(b -> b.tableName(table).item(item));
  }

  @Override
  public List<String> phonesOf(String bookingNum) {
    return local
        .client
        .query(b ->
            b.tableName(table)
                .keyConditionExpression("booking_num = :b")
                .expressionAttributeValues(Map.of(":b", AttributeValue.fromS(bookingNum)))
                .consistentRead(true))
        .items()
        .stream()
        .map(item -> item.get("phone").s())
        .toList();
  }

  @Override
  public Map<String, String> rawTypes(RecordKey key) {
    Map<String, AttributeValue> item =
        local
            .client
            .getItem(b -> b.tableName(table).key(SmsItem.key(key)).consistentRead(true))
            .item();
    Map<String, String> types = new TreeMap<>();
    item.forEach((name, value) -> types.put(name, value.type().name()));
    return types;
  }
}
