package com.naversms.adapters.dynamodb;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/** DynamoDB Local in process; each test takes fresh tables from it. */
final class DynamoLocal {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static DynamoLocal shared;
  private final AmazonDynamoDBLocal local;
  final DynamoDbClient client;

  private DynamoLocal() {
    local = DynamoDBEmbedded.create();
    client = local.dynamoDbClient();
  }

  /** One instance for every test class in the JVM: starting it takes about 2 s. */
  static synchronized DynamoLocal shared() {
    if (shared == null) {
      shared = new DynamoLocal();
      Runtime.getRuntime().addShutdownHook(new Thread(shared.local::shutdown));
    }
    return shared;
  }

  String newSmsTable() {
    String name = "sms_" + TABLES.incrementAndGet();
    DynamoLocalTables.createSms(client, name);
    return name;
  }

  String newOptOutTable() {
    String name = "sms_optouts_" + TABLES.incrementAndGet();
    DynamoLocalTables.createOptOuts(client, name);
    return name;
  }

  String newLedgerTable() {
    String name = "sms_messages_" + TABLES.incrementAndGet();
    DynamoLocalTables.createLedger(client, name);
    return name;
  }

  String newSessionTable() {
    String name = "session_" + TABLES.incrementAndGet();
    DynamoLocalTables.createSession(client, name);
    return name;
  }
}
