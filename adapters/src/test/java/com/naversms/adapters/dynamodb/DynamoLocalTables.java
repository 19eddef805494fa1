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
