package com.naversms.adapters.dynamodb;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/** DynamoDB Local in process, with the legacy tables' key schemas (PAY_PER_REQUEST). */
final class DynamoLocal {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private final AmazonDynamoDBLocal local;
  final DynamoDbClient client;

  DynamoLocal() {
    local = DynamoDBEmbedded.create();
    client = local.dynamoDbClient();
  }

  /** A new, empty table shaped like {@code sms}: booking_num (S) + phone (S). */
  String newSmsTable() {
    String name = "sms_" + TABLES.incrementAndGet();
    client.createTable(b ->
        b.tableName(name)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(
                KeySchemaElement.builder()
                    .attributeName("booking_num")
                    .keyType(KeyType.HASH)
                    .build(),
                KeySchemaElement.builder().attributeName("phone").keyType(KeyType.RANGE).build())
            .attributeDefinitions(attribute("booking_num"), attribute("phone")));
    return name;
  }

  /** A new, empty table shaped like {@code session}: id (S). */
  String newSessionTable() {
    String name = "session_" + TABLES.incrementAndGet();
    client.createTable(b ->
        b.tableName(name)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
            .attributeDefinitions(attribute("id")));
    return name;
  }

  private static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }

  void shutdown() {
    local.shutdown();
  }
}
