package com.naversms.adapters.dynamodb;

import java.net.ServerSocket;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local in this JVM, in HTTP server mode (the client built as the app builds it: URL
 * connection client, region, credentials), with the legacy {@code sms} and {@code session} tables,
 * the opt-out table {@code sms_optouts} and the message ledger {@code sms_messages} (its indexes as
 * Terraform creates them).
 */
public final class DynamoLocalServer implements AutoCloseable {
  private final DynamoDBProxyServer server;
  public final DynamoDbClient client;
  public final int port;

  public DynamoLocalServer() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    server =
        ServerRunner.createServerFromCommandLineArgs(
            new String[] {"-inMemory", "-port", String.valueOf(port)});
    server.start();
    client =
        DynamoDbClient.builder()
            .endpointOverride(URI.create("http://localhost:" + port))
            .region(Region.AP_NORTHEAST_2)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("fake", "fake")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    table("sms", key("booking_num", KeyType.HASH), key("phone", KeyType.RANGE));
    table("session", key("id", KeyType.HASH));
    table(DynamoOptOutStore.DEFAULT_TABLE, key("phone", KeyType.HASH));
    DynamoLocalTables.createLedger(client, "sms_messages");
  }

  private void table(String name, KeySchemaElement... keys) {
    client.createTable(b ->
        b.tableName(name)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(keys)
            .attributeDefinitions(
                java.util.Arrays.stream(keys)
                    .map(k ->
                        AttributeDefinition.builder()
                            .attributeName(k.attributeName())
                            .attributeType(ScalarAttributeType.S)
                            .build())
                    .toList()));
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
