package com.naversms.app.cli;

import com.naversms.adapters.dynamodb.DynamoSessionStore;
import com.naversms.adapters.sqlite.SqliteDatabase;
import com.naversms.adapters.sqlite.SqliteSessionStore;
import com.naversms.app.wiring.AppSettings;
import com.naversms.core.session.SessionStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The session store the operator tools write to: the one the cycle reads. {@code
 * STATE_BACKEND=dynamodb} → the {@code session} table ({@code SESSION_TABLE}, {@code AWS_REGION},
 * {@code DYNAMODB_ENDPOINT}); otherwise SQLite at {@code --sqlite}, {@code SQLITE_PATH} or the
 * default state file ({@link AppSettings#defaultSqlitePath}).
 */
final class SessionStores {
  private SessionStores() {}

  /** An open store; closing releases its database. */
  record Opened(SessionStore store, String where, AutoCloseable resource) implements AutoCloseable {
    @Override
    public void close() {
      try {
        resource.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing " + where + ": " + e.getMessage(), e);
      }
    }
  }

  static Opened open(Map<String, String> env, Path sqlite) {
    if ("dynamodb".equalsIgnoreCase(env.getOrDefault("STATE_BACKEND", "")) && sqlite == null) {
      DynamoDbClientBuilder builder =
          DynamoDbClient.builder()
              .httpClient(UrlConnectionHttpClient.create())
              .region(Region.of(value(env, "AWS_REGION", "ap-northeast-2")));
      String endpoint = env.get("DYNAMODB_ENDPOINT");
      if (endpoint != null && !endpoint.isBlank()) {
        builder.endpointOverride(URI.create(endpoint));
      }
      DynamoDbClient client = builder.build();
      String table = value(env, "SESSION_TABLE", DynamoSessionStore.DEFAULT_TABLE);
      return new Opened(new DynamoSessionStore(client, table), "DynamoDB table " + table, client);
    }
    Path file = sqlite != null ? sqlite : AppSettings.sqlitePath(env);
    SqliteDatabase db = SqliteDatabase.open(file);
    return new Opened(new SqliteSessionStore(db), "SQLite " + file, db);
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String v = env.get(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
