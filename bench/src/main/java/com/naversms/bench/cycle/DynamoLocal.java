package com.naversms.bench.cycle;

import java.net.ServerSocket;
import java.net.URI;
import java.util.Arrays;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local in this JVM (in memory, HTTP) with the cycle function's tables as Terraform
 * creates them: {@code sms}, {@code session}, {@code sms_optouts}, {@code sms_messages} with its
 * {@code phone} and {@code awaiting} indexes (the adapters' test stand-in, which bin/bench's build
 * does not package).
 */
record DynamoLocal(DynamoDBProxyServer server, DynamoDbClient client, int port)
    implements AutoCloseable {

  static DynamoLocal start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    DynamoDBProxyServer server =
        ServerRunner.createServerFromCommandLineArgs(
            new String[] {"-inMemory", "-port", String.valueOf(port)});
    server.start();
    DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(URI.create("http://localhost:" + port))
            .region(Region.AP_NORTHEAST_2)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("fake", "fake")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    DynamoLocal d = new DynamoLocal(server, client, port);
    d.table("sms", key("booking_num", KeyType.HASH), key("phone", KeyType.RANGE));
    d.table("session", key("id", KeyType.HASH));
    d.table("sms_optouts", key("phone", KeyType.HASH));
    client.createTable(b ->
        b.tableName("sms_messages")
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(key("booking_num", KeyType.HASH), key("entry", KeyType.RANGE))
            .attributeDefinitions(
                attribute("booking_num", ScalarAttributeType.S),
                attribute("entry", ScalarAttributeType.S),
                attribute("phone", ScalarAttributeType.S),
                attribute("awaiting", ScalarAttributeType.S),
                attribute("accepted_at", ScalarAttributeType.N))
            .globalSecondaryIndexes(
                index("phone", key("phone", KeyType.HASH)),
                index(
                    "awaiting", key("awaiting", KeyType.HASH), key("accepted_at", KeyType.RANGE))));
    return d;
  }

  private void table(String name, KeySchemaElement... keys) {
    client.createTable(b ->
        b.tableName(name)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(keys)
            .attributeDefinitions(
                Arrays.stream(keys)
                    .map(k -> attribute(k.attributeName(), ScalarAttributeType.S))
                    .toList()));
  }

  private static GlobalSecondaryIndex index(String name, KeySchemaElement... keys) {
    return GlobalSecondaryIndex.builder()
        .indexName(name)
        .keySchema(keys)
        .projection(p -> p.projectionType(ProjectionType.ALL))
        .build();
  }

  private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  @Override
  public void close() throws Exception {
    client.close();
    server.stop();
  }
}
