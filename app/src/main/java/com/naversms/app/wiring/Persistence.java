package com.naversms.app.wiring;

import com.naversms.adapters.dynamodb.DynamoSessionStore;
import com.naversms.adapters.dynamodb.DynamoStateStore;
import com.naversms.adapters.sqlite.SqliteDatabase;
import com.naversms.adapters.sqlite.SqliteSessionStore;
import com.naversms.adapters.sqlite.SqliteStateStore;
import com.naversms.core.session.SessionStore;
import com.naversms.core.state.StateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** The records and the session: DynamoDB (the legacy tables) or one SQLite file. */
public record Persistence(StateStore state, SessionStore session, AutoCloseable resource)
    implements AutoCloseable {

  public static Persistence open(AppSettings settings) {
    return switch (settings.stateBackend()) {
      case DYNAMODB -> dynamo(dynamoClient(settings), settings.smsTable(), settings.sessionTable());
      case SQLITE ->
          settings.readOnly()
              ? sqliteReadOnly(settings.sqlitePath())
              : sqlite(settings.sqlitePath());
    };
  }

  /**
   * A dry run's SQLite file: read only, never created. A missing file means there is no stored
   * session either, which a dry run cannot do without (it signs in to nothing).
   */
  public static Persistence sqliteReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no stored Naver session: the state file "
              + file.toAbsolutePath()
              + " (SQLITE_PATH) does not exist, and a dry run signs in to nothing and writes"
              + " nothing; sign in first (naver-sms login), or pass --login to let the dry run"
              + " sign in and store the session");
    }
    SqliteDatabase db = SqliteDatabase.openReadOnly(file);
    return new Persistence(new SqliteStateStore(db), new SqliteSessionStore(db), db);
  }

  public static Persistence dynamo(DynamoDbClient client, String smsTable, String sessionTable) {
    return new Persistence(
        new DynamoStateStore(client, smsTable),
        new DynamoSessionStore(client, sessionTable),
        client);
  }

  public static Persistence sqlite(Path file) {
    SqliteDatabase db = SqliteDatabase.open(file);
    return new Persistence(new SqliteStateStore(db), new SqliteSessionStore(db), db);
  }

  /** Built once per process (Lambda: in the handler's constructor). */
  static DynamoDbClient dynamoClient(AppSettings settings) {
    DynamoDbClientBuilder builder =
        DynamoDbClient.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(DefaultCredentialsProvider.builder().build())
            .httpClient(UrlConnectionHttpClient.create());
    settings.dynamoEndpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Override
  public void close() throws Exception {
    resource.close();
  }
}
