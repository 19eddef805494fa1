package com.naversms.adapters.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The tables' key schemas (PAY_PER_REQUEST, no indexes), as infrastructure creates them. */
final class DynamoLocalTables {
  private DynamoLocalTables() {}

  /** {@code sms}: booking_num (S) + phone (S). */
  static void createSms(DynamoDbClient client, String name) {
    client.createTable(b ->
        b.tableName(name)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(key("booking_num", KeyType.HASH), key("phone", KeyType.RANGE))
            .attributeDefinitions(string("booking_num"), string("phone")));
  }

  /** {@code session}: id (S). */
  static void createSession(DynamoDbClient client, String name) {
    client.createTable(b ->
        b.tableName(name)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(key("id", KeyType.HASH))
            .attributeDefinitions(string("id")));
  }

  /** The opt-out table: phone (S), as the Terraform state module creates it. */
  static void createOptOuts(DynamoDbClient client, String name) {
    client.createTable(b ->
        b.tableName(name)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(key("phone", KeyType.HASH))
            .attributeDefinitions(string("phone")));
  }

  /**
   * {@code sms_messages}: booking_num (S) + entry (S); index {@code phone} (phone S), sparse index
   * {@code awaiting} (awaiting S + accepted_at N), both projecting everything; TTL on expires_at.
   */
  static void createLedger(DynamoDbClient client, String name) {
    client.createTable(b ->
        b.tableName(name)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(key("booking_num", KeyType.HASH), key("entry", KeyType.RANGE))
            .attributeDefinitions(
                string("booking_num"),
                string("entry"),
                string("phone"),
                string("awaiting"),
                AttributeDefinition.builder()
                    .attributeName("accepted_at")
                    .attributeType(ScalarAttributeType.N)
                    .build())
            .globalSecondaryIndexes(
                index("phone", key("phone", KeyType.HASH)),
                index(
                    "awaiting", key("awaiting", KeyType.HASH), key("accepted_at", KeyType.RANGE))));
    client.updateTimeToLive(b ->
        b.tableName(name)
            .timeToLiveSpecification(t -> t.attributeName("expires_at").enabled(true)));
  }

  private static software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex index(
      String name, KeySchemaElement... keys) {
    return software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex.builder()
        .indexName(name)
        .keySchema(keys)
        .projection(p ->
            p.projectionType(software.amazon.awssdk.services.dynamodb.model.ProjectionType.ALL))
        .build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static AttributeDefinition string(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }
}
